import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractFacts } from '../../packages/extract/src/index.ts';

interface Doc {
  text: string;
  published: string | null;
}

/** Article bodies of our own: fixtures/extract/*.txt (with published dates from their expected files). */
function loadDocs(root: string): { docs: Doc[]; source: string } {
  const dir = join(root, 'fixtures', 'extract');
  const docs: Doc[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      const expectedPath = join(dir, f.replace(/\.txt$/, '.expected.json'));
      const published = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { published?: string | null }).published ?? null : null;
      docs.push({ text, published });
    }
  }
  return { docs, source: `${docs.length} fixture articles in fixtures/extract` };
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

/** Runs extractFacts over the corpus until at least two seconds have passed (after a warm-up). */
export function measureSpeed(root: string): { source: string; words: number; rounds: number; seconds: number; wordsPerSecond: number; facts: number } {
  const { docs, source } = loadDocs(root);
  const words = docs.reduce((s, d) => s + countWords(d.text), 0);
  if (words === 0) return { source: `${source} (none found)`, words: 0, rounds: 0, seconds: 0, wordsPerSecond: 0, facts: 0 };
  let facts = 0;
  for (let k = 0; k < 3; k++) for (const d of docs) facts = extractFacts(d).length;
  const t0 = performance.now();
  let rounds = 0;
  facts = 0;
  while (performance.now() - t0 < 2000) {
    let f = 0;
    for (const d of docs) f += extractFacts(d).length;
    facts = f;
    rounds++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { source, words, rounds, seconds, wordsPerSecond: (words * rounds) / seconds, facts };
}
