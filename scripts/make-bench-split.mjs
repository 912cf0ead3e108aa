// Assigns every page of the public article-extraction benchmark to a development or a test part,
// by site, so that no site has pages on both sides. The part is a hash of the site name: stable,
// and chosen before anyone looked at how the cleaner or the extractor does on a page.
// Usage: node scripts/make-bench-split.mjs [BENCH_DIR] > fixtures/splits/bench-sites.json
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = process.argv[2] ?? process.env.NEWSFACTS_BENCH_DIR ?? '../shared/bench';
const truth = JSON.parse(readFileSync(join(benchDir, 'article-extraction', 'ground-truth.json'), 'utf8'));

// Two-label public suffixes seen among news sites (co.uk, com.br, …) keep three labels.
const siteOf = (url) => {
  const labels = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '').split('.');
  const twoLabelSuffix = labels.length > 2 && /^(co|com|net|org|gov|ac|or|ne)$/.test(labels[labels.length - 2]);
  return labels.slice(twoLabelSuffix ? -3 : -2).join('.');
};
const TEST_SHARE = 0.4;
const partOf = (site) => (createHash('sha256').update(site).digest().readUInt32BE(0) / 2 ** 32 < TEST_SHARE ? 'test' : 'dev');

const pages = {};
for (const id of Object.keys(truth).sort()) {
  const site = siteOf(truth[id].url);
  pages[id] = { site, split: partOf(site) };
}
process.stdout.write(JSON.stringify({ testShare: TEST_SHARE, pages }, null, 1) + '\n');
