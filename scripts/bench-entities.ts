/**
 * pnpm bench:entities — company mentions across articles clustered into entities, scored pairwise
 * against labelled clusters (fixtures/entities/labelled): the dev parts the rules were written on
 * (dev-2 was held out until its first figure was read), and the held-out part written afterwards. Each part is read as the store reads articles: one at a time,
 * in order, against the entities known so far; first with no knowledge base, then with the sample one
 * (fixtures/entities/critical-minerals.csv) loaded. Options: --misses (dev part only: wrong and missed
 * pairs, so that nobody tunes on the held-out part).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyInMemory, MemoryEntityIndex, parseEntityCsv, resolveArticle } from '@newsfacts/entities';
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
    `${part.padEnd(8)} ${(withKb ? 'sample KB' : 'no KB').padEnd(10)} ${String(articles.length).padStart(8)} ${String(mentions).padStart(8)} ${String(clusters).padStart(8)}` +
      `   P ${r.score.precision.toFixed(3)}  R ${r.score.recall.toFixed(3)}  (${r.score.correctPairs}/${r.score.predictedPairs} predicted, ${r.score.correctPairs}/${r.score.truePairs} true pairs)` +
      `   ambiguous left unresolved ${r.ambiguousKept}/${r.ambiguous}   ${(r.ms / mentions).toFixed(3)} ms/mention`,
  );
  return r;
}

function main(): void {
  const parts = ['dev', 'dev-2', 'heldout'].map((p) => ({ part: p, articles: parseLabelled(readFileSync(resolve(dir, 'labelled', `${p}.txt`), 'utf8'), p) }));
  console.log('part     knowledge  articles mentions  companies   pairwise clustering');
  for (const withKb of [false, true]) for (const { part, articles } of parts) report(part, articles, withKb);
  if (process.argv.includes('--misses')) {
    // Only parts already used for development: a part shown here is no longer held out.
    const { items } = run([...parts[0]!.articles], false);
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

main();
