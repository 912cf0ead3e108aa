// pnpm bench:cli — start-up of the built CLI, side by side with what cannot be avoided:
//   node packages/cli/bin/newsfacts.js --help       vs  node -e 0                       (target ≤ 3×)
//   pnpm --silent newsfacts --help                  vs  pnpm --silent exec node -e 0    (target ≤ 1.5×)
//   newsfacts facts --limit 10 on a 100k-fact store vs  that --help, by node and by pnpm (target ≤ 1.5×)
// Builds the CLI first (pnpm build) and a synthetic store of --facts N facts (default 100,000) in a
// temporary folder, removed afterwards unless --keep DIR (an existing DIR/store.db is reused).
// Options: --runs N per command (default 15), --facts N, --keep DIR. Medians of wall-clock times, the
// commands run in turns (see medians()).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ArticleResult, Fact } from '../packages/core/src/index.ts';
import { openDb, saveArticleResults } from '../packages/store/src/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/newsfacts.js');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option('--runs') ?? 15);
const totalFacts = Number(option('--facts') ?? 100_000);
const keep = option('--keep');
const dir = keep ?? mkdtempSync(join(tmpdir(), 'newsfacts-bench-cli-'));

// ---- a synthetic store: seeded, so every run measures the same rows ------------------------------
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s / 2 ** 32);
}
const WORDS = ['exports', 'output', 'quota', 'tonnes', 'shipments', 'prices', 'supply', 'plant', 'licence', 'customs', 'refinery', 'contract'];
const SUBJECTS = ['CN', 'US', 'JP', 'DE', 'AU', 'IN', 'BR', 'CA'];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const FACTS_PER_ARTICLE = 20;

function article(i: number): ArticleResult {
  const r = rng(i * 7919 + 17);
  const url = `https://outlet-${i % 30}.example/news/${i}`;
  const facts: Fact[] = [];
  const sentences: string[] = [];
  let offset = 0;
  for (let k = 0; k < FACTS_PER_ARTICLE; k++) {
    const value = Math.round(r() * 200) * 5;
    const text = `${value} tonnes`;
    const sentence = `${Array.from({ length: 10 }, () => pick(r, WORDS)).join(' ')} reached ${text}.`;
    const start = offset + sentence.indexOf(text);
    const measurement = { metric: pick(r, ['exports', 'output', 'shipments']), subject: pick(r, SUBJECTS), partner: null, period: `${2023 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}` };
    facts.push({ type: 'tonnage', value, unit: 't', qualifier: null, direction: null, kind: null, range: null, measurement, text, sentence, start, end: start + text.length, confidence: 0.6 + r() * 0.4, reasons: [], extractorVersion: 'bench-cli-1' });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  const published = `${2023 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-10T08:00:00Z`;
  const title = Array.from({ length: 6 }, () => pick(r, WORDS)).join(' ');
  const body = sentences.join(' ');
  return {
    url, finalUrl: url, canonicalUrl: url, feedId: null, guid: null, itemTitle: title, itemPublished: published,
    fetch: { url, kind: 'article', feedId: null, status: 200, bytes: 4000, ms: 30, fromCache: false, error: null, fetchedAt: published },
    html: `<html><body><p>${body}</p></body></html>`,
    doc: { url, title, published, canonicalUrl: url, lang: 'en', bodyText: body, blocks: [], captions: [], isArticle: true, notArticleReason: null, boilerplateVersion: 'bp-bench',
      metadata: { title: null, published: null, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null } },
    facts, extractorVersion: 'bench-cli-1',
  };
}

async function ensureStore(path: string): Promise<void> {
  if (existsSync(path)) {
    process.stderr.write(`reusing ${path}\n`);
    return;
  }
  const started = performance.now();
  const store = await openDb(path);
  const articles = Math.ceil(totalFacts / FACTS_PER_ARTICLE);
  for (let i = 0; i < articles; i += 100) {
    await saveArticleResults(store.db, Array.from({ length: Math.min(100, articles - i) }, (_, k) => article(i + k)), { reviewThreshold: 0.5 });
  }
  await store.close();
  process.stderr.write(`built a store of ${articles * FACTS_PER_ARTICLE} facts in ${((performance.now() - started) / 1000).toFixed(1)} s: ${path}\n`);
}

// ---- timing ----------------------------------------------------------------------------------------
interface Case {
  label: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

interface Timing {
  wall: number;
  /** User + system CPU of the command and its children (bash's `times`): less moved by a busy machine than wall time. */
  cpu: number;
}

const middle = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (text: string): number => {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** One run of a case: wall-clock and CPU milliseconds. */
function once(c: Case): Timing {
  const t0 = performance.now();
  // bash runs the command and then prints the CPU its children used (second line of `times`).
  const out = spawnSync('bash', ['-c', '"$@" >/dev/null 2>"$BENCH_STDERR" || { cat "$BENCH_STDERR" >&2; exit 1; }; times', '_', c.command, ...c.args], {
    cwd: ROOT,
    env: { ...process.env, ...c.env, BENCH_STDERR: join(dir, 'stderr.txt') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wall = performance.now() - t0;
  if (out.status !== 0) throw new Error(`${c.label} exited ${out.status}: ${String(out.stderr).slice(0, 500)}`);
  const [user, system] = String(out.stdout).trim().split('\n').at(-1)!.split(/\s+/).map(seconds);
  return { wall, cpu: (user! + system!) * 1000 };
}

/**
 * Medians of `runs` runs of each case, taken in turns (one run of every case, then the next round)
 * after one warm-up round, so the file cache is warm for every case alike. Taken in turns, a change
 * in the machine's load (other processes come and go) weighs on every case of a ratio alike, instead
 * of on whichever case happened to run while it lasted.
 */
function medians(cases: Case[]): Timing[] {
  const timings = cases.map(() => [] as Timing[]);
  for (let i = 0; i <= runs; i++) {
    cases.forEach((c, k) => {
      const t = once(c);
      if (i > 0) timings[k]!.push(t);
    });
  }
  return timings.map((ts) => ({ wall: middle(ts.map((t) => t.wall)), cpu: middle(ts.map((t) => t.cpu)) }));
}

const row = (label: string, t: Timing, base: string, b: Timing, target: number): string => {
  const ratio = t.wall / b.wall;
  const cpuRatio = t.cpu / b.cpu;
  return `${label.padEnd(42)} ${t.wall.toFixed(0).padStart(5)} ms   ${base.padEnd(30)} ${b.wall.toFixed(0).padStart(5)} ms   ${ratio.toFixed(2).padStart(5)}× (≤ ${target}×) ${(ratio <= target ? 'met' : 'NOT MET').padEnd(7)}   cpu ${t.cpu.toFixed(0).padStart(4)} / ${b.cpu.toFixed(0).padStart(4)} ms = ${cpuRatio.toFixed(2)}×`;
};

process.stderr.write('building the CLI (pnpm build)\n');
execFileSync('node', [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
mkdirSync(dir, { recursive: true });
const dbPath = join(dir, 'store.db');
await ensureStore(dbPath);
const storeEnv = { NEWSFACTS_DB: dbPath };

const loadBefore = loadavg()[0]!;
const [nodeBase, nodeHelp, pnpmBase, pnpmHelp, nodeFacts, pnpmFacts] = medians([
  { label: 'node -e 0', command: 'node', args: ['-e', '0'] },
  { label: 'node bin --help', command: 'node', args: [BIN, '--help'] },
  { label: 'pnpm exec node -e 0', command: 'pnpm', args: ['--silent', 'exec', 'node', '-e', '0'] },
  { label: 'pnpm newsfacts --help', command: 'pnpm', args: ['--silent', 'newsfacts', '--help'] },
  { label: 'node bin facts', command: 'node', args: [BIN, 'facts', '--limit', '10', '--format', 'json'], env: storeEnv },
  { label: 'pnpm newsfacts facts', command: 'pnpm', args: ['--silent', 'newsfacts', 'facts', '--limit', '10', '--format', 'json'], env: storeEnv },
]) as [Timing, Timing, Timing, Timing, Timing, Timing];

process.stdout.write(`CLI start-up, median of ${runs} runs each (${totalFacts.toLocaleString('en')}-fact store; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${cpus().length} cores)\n`);
process.stdout.write(`${row('node packages/cli/bin/newsfacts.js --help', nodeHelp, 'node -e 0', nodeBase, 3)}\n`);
process.stdout.write(`${row('pnpm --silent newsfacts --help', pnpmHelp, 'pnpm --silent exec node -e 0', pnpmBase, 1.5)}\n`);
process.stdout.write(`${row('node bin/newsfacts.js facts --limit 10', nodeFacts, 'node bin/newsfacts.js --help', nodeHelp, 1.5)}\n`);
process.stdout.write(`${row('pnpm --silent newsfacts facts --limit 10', pnpmFacts, 'pnpm --silent newsfacts --help', pnpmHelp, 1.5)}\n`);

if (!keep) rmSync(dir, { recursive: true, force: true });
