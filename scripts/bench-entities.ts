/**
 * pnpm bench:entities — company mentions across articles clustered into entities, scored pairwise
 * against labelled clusters (fixtures/entities/labelled): the dev parts the rules were written on
 * (dev-2 was held out until its first figure was read), and the held-out parts written afterwards
 * (heldout-2 written before the resolver was first run on it). Each part is read as the store reads articles: one at a time,
 * in order, against the entities known so far; first with no knowledge base, then with the sample one
 * (fixtures/entities/critical-minerals.csv) loaded. Options: --misses (dev parts only: wrong and missed
 * pairs, so that nobody tunes on the held-out parts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { applyInMemory, MemoryEntityIndex, parseEntityCsv, resolveArticle } from '@newsfacts/entities';
import type { Fact } from '../packages/core/src/index.ts';
import { openDb, saveArticleResult } from '@newsfacts/store';
import { type LabelledArticle, pairwise, parseLabelled } from './bench-entities/labelled-set.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(root, 'fixtures/entities');

function run(articles: readonly LabelledArticle[], withKb: boolean) {
  const index = new MemoryEntityIndex();
  let next = 1;
  if (withKb) {
    for (const e of parseEntityCsv(readFileSync(resolve(dir, 'critical-minerals.csv'), 'utf8'))) {
      index.put({ id: next++, name: e.name, aliases: e.aliases, tickers: e.tickers.map((t) => t.symbol) });
    }
  }
  const items: { id: string; text: string; cluster: string; entity: number | null; how: string }[] = [];
  const started = performance.now();
  for (const a of articles) {
    const resolution = resolveArticle(index, a.mentions.map((m) => ({ ref: m.id, text: m.text, context: a.text, contextEnd: m.end })));
    const ids = applyInMemory(index, resolution, () => next++);
    a.mentions.forEach((m, i) => items.push({ id: m.id, text: m.text, cluster: m.cluster, entity: ids[i] ?? null, how: resolution.mentions[i]!.how }));
  }
  const ms = performance.now() - started;
  const ambiguous = items.filter((i) => i.cluster === '?');
  return { items, score: pairwise(items), ambiguousKept: ambiguous.filter((i) => i.entity === null).length, ambiguous: ambiguous.length, ms };
}

function report(part: string, articles: LabelledArticle[], withKb: boolean) {
  const r = run(articles, withKb);
  const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
  const clusters = new Set(r.items.filter((i) => i.cluster !== '?').map((i) => i.cluster)).size;
  console.log(
    `${part.padEnd(9)} ${(withKb ? 'sample KB' : 'no KB').padEnd(10)} ${String(articles.length).padStart(8)} ${String(mentions).padStart(8)} ${String(clusters).padStart(8)}` +
      `   P ${r.score.precision.toFixed(3)}  R ${r.score.recall.toFixed(3)}  (${r.score.correctPairs}/${r.score.predictedPairs} predicted, ${r.score.correctPairs}/${r.score.truePairs} true pairs)` +
      `   ambiguous left unresolved ${r.ambiguousKept}/${r.ambiguous}   ${(r.ms / mentions).toFixed(3)} ms/mention`,
  );
  return r;
}

/**
 * The same part through the store step (company facts saved to a real SQLite file, resolved as the
 * store resolves them): its clusters should score as the in-memory run does, and the time per
 * article is what resolution adds to a commit.
 */
async function viaStore(part: string, articles: readonly LabelledArticle[]) {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-entities-'));
  const store = await openDb(join(dir, 'bench.db'));
  try {
    const started = performance.now();
    for (const a of articles) {
      const facts: Fact[] = a.mentions.map((m) => ({
        type: 'company', value: m.text, unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
        text: m.text, sentence: a.text, start: m.start, end: m.end, confidence: 0.9, reasons: [], extractorVersion: 'bench',
      }));
      await saveArticleResult(store.db, articleToSave(`https://bench.example/${part}/${a.index}`, a.text, facts), { reviewThreshold: 0.5 });
    }
    const ms = performance.now() - started;
    const rows = await store.db.selectFrom('facts').select(['entity_id']).where('type', '=', 'company').orderBy('article_id').orderBy('start').execute();
    const labels = articles.flatMap((a) => [...a.mentions].sort((x, y) => x.start - y.start).map((m) => m.cluster));
    const score = pairwise(rows.map((r, i) => ({ cluster: labels[i] ?? '?', entity: r.entity_id })));
    console.log(`${part.padEnd(9)} ${'store path'.padEnd(10)} ${String(articles.length).padStart(8)} ${String(rows.length).padStart(8)} ${''.padStart(8)}   P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}   ${(ms / articles.length).toFixed(1)} ms/article saved (SQLite commit included)`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function articleToSave(url: string, body: string, facts: Fact[]) {
  const at = '2026-01-10T08:00:00Z';
  return {
    url, finalUrl: url, canonicalUrl: url, feedId: null, guid: null, itemTitle: null, itemPublished: at,
    fetch: { url, kind: 'article' as const, feedId: null, status: 200, bytes: body.length, ms: 1, fromCache: false, error: null, fetchedAt: at },
    doc: {
      url, title: null, published: at, canonicalUrl: url, lang: 'en', bodyText: body, blocks: [], captions: [],
      metadata: { title: null, published: null, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null },
      isArticle: true, notArticleReason: null, boilerplateVersion: 'bench',
    },
    facts, extractorVersion: 'bench',
  };
}

async function main(): Promise<void> {
  const parts = ['dev', 'dev-2', 'heldout', 'heldout-2'].map((p) => ({ part: p, articles: parseLabelled(readFileSync(resolve(dir, 'labelled', `${p}.txt`), 'utf8'), p) }));
  console.log('part      knowledge  articles mentions  companies   pairwise clustering');
  for (const withKb of [false, true]) for (const { part, articles } of parts) report(part, articles, withKb);
  for (const { part, articles } of parts) await viaStore(part, articles);
  if (process.argv.includes('--misses')) {
    // Only parts already used for development: a part shown here is no longer held out.
    const { items } = run([...parts[0]!.articles, ...parts[1]!.articles], false);
    const byEntity = new Map<number, typeof items>();
    for (const i of items) if (i.entity !== null) byEntity.set(i.entity, [...(byEntity.get(i.entity) ?? []), i]);
    for (const [id, list] of byEntity) {
      const clusters = new Set(list.map((i) => i.cluster));
      if (clusters.size > 1) console.log(`merged wrongly as #${id}: ${list.map((i) => `${i.text} [${i.cluster}]`).join(', ')}`);
    }
    const byCluster = new Map<string, typeof items>();
    for (const i of items) if (i.cluster !== '?') byCluster.set(i.cluster, [...(byCluster.get(i.cluster) ?? []), i]);
    for (const [c, list] of byCluster) {
      if (new Set(list.map((i) => i.entity)).size > 1) console.log(`split ${c}: ${list.map((i) => `${i.text} -> ${i.entity ?? `unresolved (${i.how})`}`).join(', ')}`);
    }
    for (const i of items) if (i.cluster === '?' && i.entity !== null) console.log(`ambiguous resolved: ${i.text} -> #${i.entity} (${i.how})`);
  }
}

await main();
