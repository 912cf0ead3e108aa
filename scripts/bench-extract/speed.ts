import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cleanHtml } from '../../packages/boilerplate/src/index.ts';
import { extractFacts } from '../../packages/extract/src/index.ts';

interface Doc {
  text: string;
  published: string | null;
}

/**
 * Realistic article bodies of our own: the fixture site's article pages (body text from the boilerplate
 * stage) and fixtures/extract/*.txt. None of the shared seed or bench text is used.
 */
function loadDocs(root: string): { docs: Doc[]; source: string } {
  const docs: Doc[] = [];
  const site = join(root, 'fixtures', 'site', 'articles');
  let pages = 0;
  if (existsSync(site)) {
    for (const f of readdirSync(site).filter((n) => n.endsWith('.html')).sort()) {
      const doc = cleanHtml(readFileSync(join(site, f), 'utf8'), `http://127.0.0.1/articles/${f}`);
      if (!doc.isArticle) continue;
      docs.push({ text: doc.bodyText, published: doc.published });
      pages++;
    }
  }
  const own = join(root, 'fixtures', 'extract');
  let texts = 0;
  if (existsSync(own)) {
    for (const f of readdirSync(own).filter((n) => n.endsWith('.txt')).sort()) {
      const expectedPath = join(own, f.replace(/\.txt$/, '.expected.json'));
      const published = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { published?: string | null }).published ?? null : null;
      docs.push({ text: readFileSync(join(own, f), 'utf8'), published });
      texts++;
    }
  }
  return { docs, source: `${pages} fixture-site article bodies + ${texts} fixtures/extract texts` };
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export interface Speed {
  source: string;
  words: number;
  facts: number;
  /** Words per second of CPU time in each one-second window, sorted. */
  windows: number[];
  median: number;
  best: number;
}

/**
 * Runs extractFacts over the corpus in seven windows of about one second each, after a warm-up, on this
 * one thread, and reports words per second of this process's CPU time per window. CPU time rather than
 * wall time, so other jobs on a shared machine do not count against us; the median is the figure, the best
 * window shows the uncontended speed (contention only ever slows a window down).
 */
export function measureSpeed(root: string): Speed {
  const { docs, source } = loadDocs(root);
  const words = docs.reduce((s, d) => s + countWords(d.text), 0);
  if (words === 0) return { source: `${source} (none found)`, words: 0, facts: 0, windows: [], median: 0, best: 0 };
  let facts = 0;
  for (let k = 0; k < 20; k++) for (const d of docs) facts = extractFacts(d).length;
  const windows: number[] = [];
  for (let w = 0; w < 7; w++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let rounds = 0;
    while (performance.now() - t0 < 1000) {
      let f = 0;
      for (const d of docs) f += extractFacts(d).length;
      facts = f;
      rounds++;
    }
    const cpu = process.cpuUsage(c0);
    windows.push((words * rounds) / ((cpu.user + cpu.system) / 1e6));
  }
  windows.sort((x, y) => x - y);
  return { source, words, facts, windows, median: windows[3]!, best: windows[windows.length - 1]! };
}
