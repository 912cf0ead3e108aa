// pnpm bench:clean — our boilerplate stripper against Readability (linkedom) on the shared
// article-extraction benchmark: quality (4-token shingle F1 from the shared scorer) and speed, in one run.
// pages/s and MB/s come from the fastest pass; "1st pass/s" is the cold first pass (JIT warm-up,
// empty caches). Quality is shown on the whole set (in-sample: the cleaner was developed on it), on the
// dev and the held-out test sites (fixtures/splits/bench-sites.json), and on the test pages with
// class and id attributes removed (a stand-in for templates nobody tuned to), and on them with
// </head>, <body> and </p> taken out (old, careless markup a browser still shows whole). Options: --repeat N (timed passes; default 3), --no-reference (skip Readability),
// --worst N (pages in the report; default 30). Data: NEWSFACTS_BENCH_DIR (default ../shared/bench).
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { cleanHtml, BOILERPLATE_VERSION } from '../packages/boilerplate/src/index.ts';
import { benchDir, loadBenchPages, type BenchPage } from './bench-clean/bench-data.ts';
import { loadScorer, type CorpusScore, type Scorer } from './bench-clean/scorer.ts';
import { readabilityText } from './bench-clean/readability-runner.ts';
import { writeReports, type PageResult } from './bench-clean/worst-pages-report.ts';
import { formatSplitTable, loadSplit, scoreSubsets, withBrokenMarkup, withoutClassAndId, type SplitRow } from './bench-clean/split-figures.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const repeat = Math.max(1, argValue('--repeat', 3));
const worst = argValue('--worst', 30);
const withReference = !args.includes('--no-reference');

type Extractor = (page: BenchPage) => string;

interface Run {
  name: string;
  predictions: Record<string, string>;
  bestMs: number;
  firstMs: number;
  errors: number;
}

function runAll(pages: BenchPage[], extractors: Record<string, Extractor>): Run[] {
  const runs: Run[] = Object.keys(extractors).map((name) => ({ name, predictions: {}, bestMs: Infinity, firstMs: 0, errors: 0 }));
  // Extractors take turns page by page, so that load from other processes on the machine falls on
  // all of them alike; the fastest of the passes counts.
  for (let pass = 0; pass < repeat; pass++) {
    const ms = runs.map(() => 0);
    for (const page of pages) {
      runs.forEach((run, r) => {
        const fn = extractors[run.name] as Extractor;
        const t0 = performance.now();
        let text = '';
        try {
          text = fn(page);
        } catch (e) {
          if (pass === 0) {
            run.errors++;
            console.error(`${run.name} failed on ${page.id}: ${(e as Error).message}`);
          }
        }
        ms[r] = (ms[r] as number) + performance.now() - t0;
        if (pass === 0) run.predictions[page.id] = text;
      });
    }
    runs.forEach((run, r) => {
      run.bestMs = Math.min(run.bestMs, ms[r] as number);
      if (pass === 0) run.firstMs = ms[r] as number;
    });
  }
  return runs;
}

function row(name: string, m: CorpusScore, pages: number, mb: number, run: Run): string {
  const sec = run.bestMs / 1000;
  return [name.padEnd(24), m.f1.toFixed(3).padStart(6), m.precision.toFixed(3).padStart(9), m.recall.toFixed(3).padStart(7),
    m.goodRate.toFixed(3).padStart(9), (pages / sec).toFixed(1).padStart(8), (mb / sec).toFixed(2).padStart(7),
    (pages / (run.firstMs / 1000)).toFixed(1).padStart(10), String(m.empty).padStart(6), String(run.errors).padStart(6)].join(' ');
}

async function main(): Promise<void> {
  const dir = benchDir(repoRoot);
  let pages: BenchPage[];
  try {
    pages = loadBenchPages(dir);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const scorer = await loadScorer(dir);
  const mb = pages.reduce((a, p) => a + p.bytes, 0) / 1e6;
  console.log(`bench:clean  ${pages.length} pages, ${mb.toFixed(1)} MB of HTML, ${repeat} timed passes (best kept), ` +
    `boilerplate ${BOILERPLATE_VERSION}, data ${dir}`);
  // Every benchmark page is an article: pages we flag as not-articles are counted (false alarms).
  const flagged = new Map<string, string | null>();
  const fallbacks = new Map<string, string | null>();
  const ourText = (p: BenchPage): string => {
    const doc = cleanHtml(p.html, p.url);
    if (!doc.isArticle) flagged.set(p.id, doc.notArticleReason);
    if (doc.extraction === 'fallback') fallbacks.set(p.id, doc.extractionNote ?? null);
    return doc.bodyText;
  };
  const extractors: Record<string, Extractor> = { newsfacts: ourText };
  if (withReference) extractors['readability+linkedom'] = (p) => readabilityText(p.html);
  const runs = runAll(pages, extractors);
  const truth = Object.fromEntries(pages.map((p) => [p.id, p.truth]));
  console.log(['extractor'.padEnd(24), 'F1'.padStart(6), 'precision'.padStart(9), 'recall'.padStart(7),
    'good-doc'.padStart(9), 'pages/s'.padStart(8), 'MB/s'.padStart(7), '1st pass/s'.padStart(10), 'empty'.padStart(6),
    'errors'.padStart(6)].join(' '));
  const scored = runs.map((r) => ({ run: r, result: scorer.score(truth, r.predictions) }));
  for (const { run, result } of scored) {
    console.log(row(run.name, result.metrics, pages.length, mb, run));
  }
  const ours = scored[0];
  const ref = scored[1];
  if (ours && ref) {
    console.log(`speed ratio newsfacts / readability: ${(ref.run.bestMs / ours.run.bestMs).toFixed(2)}x`);
  }
  console.log(`pages flagged as not an article by newsfacts: ${flagged.size}`);
  for (const [id, reason] of flagged) console.log(`  ${id.slice(0, 12)} ${reason}`);
  console.log(`pages extracted by the fallback: ${fallbacks.size}`);
  for (const [id, reason] of fallbacks) console.log(`  ${id.slice(0, 12)} ${reason}`);
  printSplitFigures(pages, scorer, truth, scored.map((s) => s.run), withReference);
  if (!ours) return;
  const refById = new Map((ref?.result.docs ?? []).map((d) => [d.id, d]));
  const results: PageResult[] = pages.map((p) => ({
    id: p.id,
    url: p.url,
    truth: p.truth,
    ours: ours.run.predictions[p.id] ?? '',
    oursScore: ours.result.docs.find((d) => d.id === p.id) as PageResult['oursScore'],
    refScore: refById.get(p.id) ?? null,
  }));
  const file = writeReports(join(repoRoot, 'bench-reports'), scorer, results, worst);
  console.log(`worst pages: ${file}`);
}

/**
 * In-sample and held-out figures side by side: the cleaner was developed on the dev sites (and,
 * before the split existed, on all of them), so only the test column says what a new site gets.
 */
function printSplitFigures(pages: BenchPage[], scorer: Scorer, truth: Record<string, string>, runs: Run[], withRef: boolean): void {
  const split = loadSplit(join(repoRoot, 'fixtures', 'splits', 'bench-sites.json'));
  const all = new Set(pages.map((p) => p.id));
  const dev = new Set(pages.filter((p) => split.get(p.id) === 'dev').map((p) => p.id));
  const test = new Set(pages.filter((p) => split.get(p.id) === 'test').map((p) => p.id));
  // Untimed extra passes on the held-out pages, changed as unseen templates and old markup are.
  const testPages = pages.filter((p) => test.has(p.id));
  const variant = (change: (html: string) => string, fn: (html: string, url: string) => string): Record<string, string> =>
    Object.fromEntries(testPages.map((p) => [p.id, safely(() => fn(change(p.html), p.url))]));
  const ours = (html: string, url: string): string => cleanHtml(html, url).bodyText;
  const ref = (html: string): string => readabilityText(html);
  const variants = [withoutClassAndId, withBrokenMarkup].map((change) => [variant(change, ours), withRef ? variant(change, ref) : null]);
  const rows: SplitRow[] = runs.map((run, r) => {
    const [a, d, t] = scoreSubsets(scorer, truth, run.predictions, [all, dev, test]);
    const extra = variants.map((v) => {
      const predictions = v[r === 0 ? 0 : 1];
      return predictions ? (scoreSubsets(scorer, truth, predictions, [test])[0] ?? null) : null;
    });
    return { name: run.name, cells: [a ?? null, d ?? null, t ?? null, ...extra] };
  });
  console.log(`\nquality by split (body F1; empty bodies): ${dev.size} dev pages, ${test.size} held-out test pages from other sites`);
  console.log(formatSplitTable(['all (in-sample)', 'dev (in-sample)', 'test (held out)', 'test, no class/id', 'test, broken markup'], rows));
}

function safely(fn: () => string): string {
  try {
    return fn();
  } catch {
    return '';
  }
}

void main();
