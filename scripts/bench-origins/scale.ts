import { performance } from 'node:perf_hooks';
import { bandKeys, fmix32, type OriginEvidence, originEvidence, signatureToBytes, signText } from '../../packages/origins/src/index.ts';
import { openDb, type Store, textOrigin } from '../../packages/store/src/index.ts';
import type { LabelledArticle } from './generate-pairs.ts';

export interface ScaleFigures {
  stored: number;
  loadSeconds: number;
  lookups: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  found: number;
  planted: number;
  rssMb: number;
  heapMb: number;
  dbMb: number;
}

/**
 * A background article: most are random signatures (stories that share nothing), one in
 * `topicalEvery` is a text written from the same sentence bank as the queries, so band buckets see
 * the collisions of a store full of stories on one subject.
 */
function backgroundSignature(i: number, topical: readonly string[], topicalEvery: number): { values: Uint32Array; set: Uint32Array } {
  if (i % topicalEvery === 0 && topical.length > 0) {
    const text = topical[fmix32(i) % topical.length] as string;
    // Word order is shuffled by the index so that each topical text is its own story, not a copy.
    const words = text.split(/\s+/);
    for (let k = words.length - 1; k > 0; k--) {
      const j = fmix32(i * 31 + k) % (k + 1);
      [words[k], words[j]] = [words[j] as string, words[k] as string];
    }
    const s = signText(words.join(' '));
    return { values: s.values, set: s.set ?? new Uint32Array() };
  }
  const values = new Uint32Array(96);
  for (let k = 0; k < values.length; k++) values[k] = fmix32(i * 977 + k * 7919 + 1);
  const set = new Uint32Array(150);
  for (let k = 0; k < set.length; k++) set[k] = fmix32(i * 131 + k + 0x5bd1e995);
  return { values, set: set.sort() };
}

/**
 * Fills `store` with `n` articles' signatures and bands the way the store step writes them, in bulk:
 * band rows go to a scratch table first and into the index table in key order, which SQLite appends
 * instead of inserting 48 random keys per article.
 */
function load(store: Store, n: number, planted: readonly LabelledArticle[], topical: readonly string[], log: (s: string) => void): void {
  const db = store.sqlite;
  db.pragma('cache_size = -262144');
  db.pragma('foreign_keys = OFF');
  db.pragma('synchronous = OFF');
  db.exec('CREATE TABLE bench_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL)');
  const now = new Date().toISOString();
  const article = db.prepare(
    `INSERT INTO articles (id, url, canonical_url, title, body_text, content_hash, is_article, extractor_version, boilerplate_version, fetched_at, created_at, updated_at, origin_id, origin_outlet)
     VALUES (?, ?, ?, NULL, '', ?, 1, 'bench', 'bench', ?, ?, ?, ?, NULL)`,
  );
  const signature = db.prepare('INSERT INTO origin_signatures (article_id, shingles, signature, lead_shingles) VALUES (?, ?, ?, ?)');
  const band = db.prepare('INSERT INTO bench_bands (band, article_id) VALUES (?, ?)');
  const chunk = 20_000;
  for (let start = 1; start <= n; start += chunk) {
    db.transaction(() => {
      for (let id = start; id < Math.min(n + 1, start + chunk); id++) {
        const p = planted[id - 1];
        const sig = p ? originEvidence({ bodyText: p.body, url: p.url, html: null, declaredCanonical: null }).signature : null;
        const { values, set } = sig ? { values: sig.values, set: sig.set ?? new Uint32Array() } : backgroundSignature(id, topical, 10);
        const url = `https://bench.example/${id}`;
        article.run(id, url, url, String(id), now, now, now, id);
        signature.run(id, set.length, Buffer.from(signatureToBytes(values)), Buffer.from(signatureToBytes(set)));
        for (const key of bandKeys(values)) band.run(key, id);
      }
    })();
    if ((start - 1) % 100_000 === 0) log(`  loaded ${start - 1} / ${n}`);
  }
  log('  sorting band keys into the index');
  db.exec('INSERT OR IGNORE INTO origin_bands (band, article_id) SELECT band, article_id FROM bench_bands ORDER BY band, article_id; DROP TABLE bench_bands;');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/**
 * Looks up every query article as the store step would (band candidates, then exact lead overlap)
 * in a store of `n` signatures, `planted` of which are the originals some queries copy.
 */
export async function measureScale(path: string, n: number, planted: readonly LabelledArticle[], queries: readonly LabelledArticle[], log: (s: string) => void): Promise<ScaleFigures> {
  const store = await openDb(path);
  try {
    const t0 = performance.now();
    load(store, n, planted, [...planted, ...queries].map((a) => a.body), log);
    const loadSeconds = (performance.now() - t0) / 1000;
    store.sqlite.pragma('cache_size = -65536');
    const evidence: OriginEvidence[] = queries.map((q) => originEvidence({ bodyText: q.body, url: q.url, html: null, declaredCanonical: null }));
    const times: number[] = [];
    let found = 0;
    for (let round = 0; round < 3; round++) {
      for (const [i, e] of evidence.entries()) {
        const t = performance.now();
        const match = await textOrigin(store.db, { id: n + 1 + i, evidence: e });
        times.push(performance.now() - t);
        if (round === 0 && match) found++;
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
    const pages = Number(store.sqlite.pragma('page_count', { simple: true })) * Number(store.sqlite.pragma('page_size', { simple: true }));
    const mem = process.memoryUsage();
    return {
      stored: n,
      loadSeconds,
      lookups: times.length,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      p99Ms: at(0.99),
      found,
      planted: planted.length,
      rssMb: mem.rss / 2 ** 20,
      heapMb: mem.heapUsed / 2 ** 20,
      dbMb: pages / 2 ** 20,
    };
  } finally {
    await store.close();
  }
}
