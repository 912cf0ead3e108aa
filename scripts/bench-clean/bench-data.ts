import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  bytes: number;
  truth: string;
}

/** The shared benchmark lives outside the repo; NEWSFACTS_BENCH_DIR points at the folder holding
 * score-extraction.mjs and article-extraction/. */
export function benchDir(repoRoot: string): string {
  return resolve(process.env.NEWSFACTS_BENCH_DIR ?? join(repoRoot, '..', 'shared', 'bench'));
}

export function loadBenchPages(dir: string): BenchPage[] {
  const data = join(dir, 'article-extraction');
  const truthFile = join(data, 'ground-truth.json');
  if (!existsSync(truthFile) || !existsSync(join(data, 'html'))) {
    throw new Error(
      `benchmark data not found: expected ${truthFile} and ${join(data, 'html')}/.\n` +
        'Set NEWSFACTS_BENCH_DIR to the folder that holds article-extraction/ and score-extraction.mjs.',
    );
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages: BenchPage[] = [];
  for (const file of readdirSync(join(data, 'html')).sort()) {
    if (!file.endsWith('.html.gz')) continue;
    const id = file.split('.')[0] ?? file;
    const gt = truth[id];
    if (!gt) continue;
    const html = gunzipSync(readFileSync(join(data, 'html', file))).toString('utf8');
    pages.push({ id, url: gt.url, html, bytes: Buffer.byteLength(html), truth: gt.articleBody });
  }
  return pages;
}
