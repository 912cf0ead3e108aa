/**
 * pnpm bench:published — on how many benchmark pages the cleaner finds a publication date, and from
 * which source (JSON-LD, meta tags, <time>, URL, visible date...), per split. The benchmark carries no
 * date ground truth, so this counts; the dates themselves are checked by bench:facts through the
 * relative dates they resolve. --list prints the dev pages' dates and sources (never the test split's).
 * NEWSFACTS_BENCH_DIR overrides ../shared/bench.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, loadBenchPages } from './bench-clean/bench-data.ts';
import { loadSplit, type SplitName } from './bench-clean/split-figures.ts';
import { cleanHtml } from '../packages/boilerplate/src/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const list = process.argv.includes('--list');

function main(): void {
  let pages;
  try {
    pages = loadBenchPages(benchDir(root));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  const split = loadSplit(join(root, 'fixtures', 'splits', 'bench-sites.json'));
  const tally: Record<SplitName, { found: number; total: number; sources: Map<string, number> }> = {
    dev: { found: 0, total: 0, sources: new Map() },
    test: { found: 0, total: 0, sources: new Map() },
  };
  for (const page of pages) {
    const name = split.get(page.id);
    if (!name) continue;
    const doc = cleanHtml(page.html, page.url);
    const t = tally[name];
    t.total++;
    const source = doc.metadata.published?.source ?? 'none';
    t.sources.set(source, (t.sources.get(source) ?? 0) + 1);
    if (doc.published) t.found++;
    if (list && name === 'dev') console.log(`${page.id.slice(0, 12)} ${(doc.published ?? '-').padEnd(26)} ${source}`);
  }
  for (const name of ['dev', 'test'] as const) {
    const t = tally[name];
    const by = [...t.sources].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ');
    console.log(`${name}: published found: ${t.found}/${t.total} (${by})`);
  }
}
main();
