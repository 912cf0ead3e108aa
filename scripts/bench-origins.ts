// pnpm bench:origins — same-origin precision and recall on the labelled pairs (fixtures/origins:
// dev, and held-out pairs written from a second sentence bank), then the lookup a new article costs
// in a store of N signatures (default 1,000,000): p50/p95/p99 ms per article, memory and size.
// Options: --articles N (stored signatures), --skip-scale. Env: BENCH_ORIGINS_ARTICLES.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSet, scorePairs } from './bench-origins/evaluate-pairs.ts';
import { measureScale } from './bench-origins/scale.ts';

const args = process.argv.slice(2);
const argNum = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/origins');
const pct = (x: number) => x.toFixed(3);

console.log('same-origin pairs (origin assigned through the band index, arrival order shuffled)');
for (const split of ['dev', 'held-out']) {
  const set = loadSet(join(fixtures, `${split}.json`));
  for (const textOnly of [false, true]) {
    const s = scorePairs(set, { textOnly });
    console.log(
      `  ${split.padEnd(8)} ${textOnly ? 'text only ' : 'all signs '} pairs ${s.pairs}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})${
        Object.keys(s.errorsByKind).length ? `  errors ${JSON.stringify(s.errorsByKind)}` : ''
      }`,
    );
  }
}

if (!args.includes('--skip-scale')) {
  const n = argNum('--articles', Number(process.env.BENCH_ORIGINS_ARTICLES ?? 1_000_000));
  const set = loadSet(join(fixtures, 'held-out.json'));
  // The wire originals are stored; their copies and the independent reports arrive as new articles.
  const copied = new Set(set.pairs.filter((p) => p.kind === 'wire-and-copy').map((p) => p.a));
  const planted = set.articles.filter((a) => copied.has(a.id));
  const queries = set.articles.filter((a) => !copied.has(a.id));
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-origins-'));
  try {
    console.log(`lookup at scale: loading ${n} signatures (${planted.length} of them wire originals)`);
    const f = await measureScale(join(dir, 'origins.db'), n, planted, queries, (s) => console.log(s));
    console.log(`  loaded in ${f.loadSeconds.toFixed(0)} s; database ${f.dbMb.toFixed(0)} MB`);
    console.log(`  lookup per new article over ${f.lookups} lookups: p50 ${f.p50Ms.toFixed(2)} ms  p95 ${f.p95Ms.toFixed(2)} ms  p99 ${f.p99Ms.toFixed(2)} ms`);
    console.log(`  ${f.found} of ${queries.length} new articles matched a stored story`);
    console.log(`  memory: rss ${f.rssMb.toFixed(0)} MB, heap ${f.heapMb.toFixed(0)} MB (SQLite page cache 64 MB at lookup time)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
