/**
 * pnpm bench:published — on how many benchmark pages the cleaner finds a publication date, and from
 * which source (JSON-LD, meta tags, <time>, URL, visible date...), per split. The benchmark carries no
 * date ground truth, so this counts; and it checks the visible-date rule where the page's metadata
 * (JSON-LD, meta tags, <time>) gives a date: the date the rule would read instead, compared by day
 * (a day off is mostly the UTC day of an evening story). The dates themselves are also checked by
 * bench:facts through the relative dates they resolve. --list prints the dev pages' dates and sources
 * (never the test split's).
 * NEWSFACTS_BENCH_DIR overrides ../shared/bench.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, loadBenchPages } from './bench-clean/bench-data.ts';
import { loadSplit, type SplitName } from './bench-clean/split-figures.ts';
import { cleanHtml } from '../packages/boilerplate/src/index.ts';
import { collectMetadata } from '../packages/boilerplate/src/metadata/collect-metadata.ts';
import { dateFromUrl } from '../packages/boilerplate/src/metadata/dates.ts';
import { headlineIndex, visibleDate } from '../packages/boilerplate/src/metadata/visible-date.ts';
import { scanPage, type ElInfo } from '../packages/boilerplate/src/node-table.ts';
import { parsePage } from '../packages/boilerplate/src/parse-page.ts';
import type { DomElement } from '../packages/boilerplate/src/dom-types.ts';

type Check = 'same day' | 'a day off' | 'other' | 'none';

/** What the visible-date rule reads on a page whose metadata dates it, against that date. */
function checkAgainstMetadata(html: string, url: string): Check | null {
  const scan = scanPage(parsePage(html));
  const index = new Map<DomElement, number>();
  scan.nodes.forEach((n: ElInfo, i) => index.set(n.el, i));
  const ctx = { nodes: scan.nodes, index, titles: [] as string[] };
  const meta = collectMetadata(scan, ctx, url, null);
  const pub = meta.metadata.published;
  if (!pub || !['json-ld', 'meta', 'time-element'].includes(pub.source)) return null;
  const seen = visibleDate(scan, ctx, headlineIndex(scan, ctx, meta.titleCandidates), { modified: meta.metadata.modified?.value ?? null, urlDay: dateFromUrl(url) });
  if (!seen) return 'none';
  const days = Math.abs(Date.parse(seen.slice(0, 10)) - Date.parse(pub.value.slice(0, 10))) / 86_400_000;
  return days === 0 ? 'same day' : days === 1 ? 'a day off' : 'other';
}

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
  const tally: Record<SplitName, { found: number; total: number; sources: Map<string, number>; checks: Map<Check, number> }> = {
    dev: { found: 0, total: 0, sources: new Map(), checks: new Map<Check, number>() },
    test: { found: 0, total: 0, sources: new Map(), checks: new Map<Check, number>() },
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
    const check = checkAgainstMetadata(page.html, page.url);
    if (check) t.checks.set(check, (t.checks.get(check) ?? 0) + 1);
    if (list && name === 'dev') console.log(`${page.id.slice(0, 12)} ${(doc.published ?? '-').padEnd(26)} ${source}`);
  }
  for (const name of ['dev', 'test'] as const) {
    const t = tally[name];
    const by = [...t.sources].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ');
    console.log(`${name}: published found: ${t.found}/${t.total} (${by})`);
    const checks = (['same day', 'a day off', 'other', 'none'] as const).map((c) => `${c} ${t.checks.get(c) ?? 0}`).join(', ');
    console.log(`${name}: visible date on pages the metadata dates: ${checks}`);
  }
}
main();
