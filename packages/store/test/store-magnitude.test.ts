import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fact } from '@newsfacts/core';
import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, rescoreFacts, saveArticleResult, saveArticleResults, type Store } from '../src/index.ts';
import { MAGNITUDE_CONFLICT_CUE } from '../src/plausibility/magnitude-conflict.ts';
import { MAX_SERIES_PER_ARTICLE, trustedSeriesQuery } from '../src/repositories/magnitude-check.repository.ts';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-magnitude-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const OPTIONS = { reviewThreshold: 0.8 };

/** A monthly steel output figure of China, confidently read. */
function output(value: number, period: string | null, over: Partial<Fact> = {}): Fact {
  return makeFact({
    type: 'tonnage',
    value,
    unit: 't',
    direction: null,
    kind: 'level',
    text: `${value} tonnes`,
    sentence: `Output reached ${value} tonnes in ${period ?? 'a recent month'}.`,
    start: 0,
    end: 10,
    confidence: 0.95,
    rawConfidence: 0.95,
    cues: ['type:tonnage'],
    measurement: { metric: 'steel output', subject: 'CN', partner: null, period },
    ...over,
  });
}

/** Article `n` (its own URL and body, so no two are one story) holding `facts`. */
function article(n: number, facts: Fact[], extractorVersion = 'test-1') {
  const url = `https://steel.example/news/${n}`;
  return makeResult({ url, facts, extractorVersion }, `Steel report number ${n}. Output figures for the month.`);
}

async function factsOf(url: string) {
  return store.db
    .selectFrom('facts')
    .innerJoin('articles', 'articles.id', 'facts.article_id')
    .select(['facts.id', 'facts.value_num', 'facts.status', 'facts.confidence', 'facts.reasons_json', 'facts.cues_json'])
    .where('articles.canonical_url', '=', url)
    .where('facts.type', '=', 'tonnage')
    .orderBy('facts.id')
    .execute();
}

/** Three articles agreeing on about 80 million tonnes a month. */
async function seedConsistent(): Promise<void> {
  await saveArticleResult(store.db, article(1, [output(8.1e7, '2025-07')]), OPTIONS);
  await saveArticleResult(store.db, article(2, [output(7.9e7, '2025-08')]), OPTIONS);
  await saveArticleResult(store.db, article(3, [output(8.4e7, '2025-09'), output(9.6e8, '2024')]), OPTIONS);
}

describe('magnitude checked against the store', () => {
  it('sends an implausible figure to review with the reason, and accepts a plausible one', async () => {
    await seedConsistent();
    expect((await store.db.selectFrom('facts').select('status').execute()).every((f) => f.status === 'auto-accepted')).toBe(true);

    await saveArticleResult(store.db, article(4, [output(80, '2025-10')]), OPTIONS);
    const [odd] = await factsOf('https://steel.example/news/4');
    expect(odd).toMatchObject({ status: 'pending', confidence: 0.5 });
    expect(JSON.parse(odd!.reasons_json)).toEqual(["magnitude-store: 80 t in 2025-10 vs median 8.1e7 t of 4 stored CN 'steel output' figures per month (1000 times or more below)"]);
    expect(JSON.parse(odd!.cues_json!)).toEqual(['type:tonnage', MAGNITUDE_CONFLICT_CUE]);

    // a year of a billion tonnes is about 83 million a month
    await saveArticleResult(store.db, article(5, [output(1e9, '2025')]), OPTIONS);
    const [fine] = await factsOf('https://steel.example/news/5');
    expect(fine).toMatchObject({ status: 'auto-accepted', confidence: 0.95, reasons_json: '[]' });
  });

  it('leaves other series, subjects and figures without a period alone', async () => {
    await seedConsistent();
    const other = (over: Partial<Fact['measurement'] & object>) => output(80, '2025-10', { measurement: { metric: 'steel output', subject: 'CN', partner: null, period: '2025-10', ...over } });
    await saveArticleResult(store.db, article(6, [other({ subject: 'IS' }), other({ metric: 'steel exports' }), other({ partner: 'VN' }), other({ period: null })]), OPTIONS);
    const rows = await factsOf('https://steel.example/news/6');
    expect(rows.map((r) => r.status)).toEqual(['auto-accepted', 'auto-accepted', 'auto-accepted', 'auto-accepted']);
  });

  it('checks articles saved together against the ones before them in the batch', async () => {
    await saveArticleResults(store.db, [article(1, [output(8.1e7, '2025-07')]), article(2, [output(7.9e7, '2025-08')]), article(3, [output(8.4e7, '2025-09')]), article(4, [output(80, '2025-10')])], OPTIONS);
    const [odd] = await factsOf('https://steel.example/news/4');
    expect(odd?.status).toBe('pending');
  });

  it('writes each fact once when an article is retried or re-extracted, and checks it the same way', async () => {
    await seedConsistent();
    const odd = article(4, [output(80, '2025-10'), output(8e7, '2025-10', { text: '80 million tonnes', start: 20, end: 37 })]);
    await saveArticleResult(store.db, odd, OPTIONS);
    const first = await factsOf('https://steel.example/news/4');
    const retry = await saveArticleResult(store.db, odd, OPTIONS);
    expect(retry.outcome).toBe('unchanged');
    await saveArticleResult(store.db, { ...odd, extractorVersion: 'test-2', facts: odd.facts.map((f) => ({ ...f, extractorVersion: 'test-2' })) }, OPTIONS);
    const again = await factsOf('https://steel.example/news/4');
    expect(again).toHaveLength(2);
    expect(again.map((r) => [r.id, r.status, r.confidence, r.reasons_json])).toEqual(first.map((r) => [r.id, r.status, r.confidence, r.reasons_json]));
    expect(again.map((r) => r.status)).toEqual(['pending', 'auto-accepted']);
  });

  it('never compares a figure with the facts of its own article', async () => {
    // two articles of two figures each: with its own, article 1 would see four references from two articles
    await saveArticleResult(store.db, article(1, [output(80, '2025-07'), output(85, '2025-08')]), OPTIONS);
    await saveArticleResult(store.db, article(2, [output(82, '2025-07'), output(90, '2025-08')]), OPTIONS);
    const reread = article(1, [output(80, '2025-07'), output(85, '2025-08'), output(8e7, '2025-09')], 'test-2');
    await saveArticleResult(store.db, reread, OPTIONS);
    const rows = await factsOf('https://steel.example/news/1');
    expect(rows.map((r) => r.status)).toEqual(['auto-accepted', 'auto-accepted', 'auto-accepted']);
  });

  it("keeps a reviewer's decision when the article is re-extracted", async () => {
    await seedConsistent();
    await saveArticleResult(store.db, article(4, [output(80, '2025-10')]), OPTIONS);
    const [odd] = await factsOf('https://steel.example/news/4');
    await store.db.updateTable('facts').set({ status: 'approved' }).where('id', '=', odd!.id).execute();
    await saveArticleResult(store.db, article(4, [output(80, '2025-10')], 'test-2'), OPTIONS);
    const [kept] = await factsOf('https://steel.example/news/4');
    expect(kept).toMatchObject({ id: odd!.id, status: 'approved', confidence: 0.95, reasons_json: '[]' });
  });

  it('keeps a conflicting figure in review when the facts are re-scored', async () => {
    await seedConsistent();
    await saveArticleResult(store.db, article(4, [output(80, '2025-10')]), OPTIONS);
    const fit = { version: 'generous', source: 'test', intercept: 3, rawWeight: 1, weights: {}, thresholds: [] };
    await rescoreFacts(store.db, fit, 0.8);
    const [odd] = await factsOf('https://steel.example/news/4');
    expect(odd).toMatchObject({ status: 'pending', confidence: 0.5 });
    const [trusted] = await factsOf('https://steel.example/news/1');
    expect(trusted!.confidence).toBeGreaterThan(0.95);
  });

  it('looks up a bounded number of series per article and says which figures went unchecked', async () => {
    const many = Array.from({ length: MAX_SERIES_PER_ARTICLE + 1 }, (_, k) =>
      output(100 + k, '2025-10', { measurement: { metric: `output of grade ${k}`, subject: 'CN', partner: null, period: '2025-10' } }),
    );
    await saveArticleResult(store.db, article(7, many), OPTIONS);
    const rows = await factsOf('https://steel.example/news/7');
    const unchecked = rows.filter((r) => r.reasons_json.includes('not checked'));
    expect(unchecked.map((r) => r.value_num)).toEqual([100 + MAX_SERIES_PER_ARTICLE]);
    expect(JSON.parse(unchecked[0]!.reasons_json)).toEqual([`magnitude-store: not checked (over ${MAX_SERIES_PER_ARTICLE} series in the article)`]);
  });

  it('reads the trusted figures of a series from the partial index, newest first', async () => {
    await seedConsistent();
    const query = trustedSeriesQuery(store.db, { type: 'tonnage', unit: 't', metric: 'steel output', subject: 'CN', partner: null }, 99);
    const compiled = query.compile();
    expect(compiled.sql).toContain(`status IN ('auto-accepted', 'approved')`);
    expect(compiled.sql).toContain('partner IS NULL');
    const plan = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${compiled.sql}`, [...compiled.parameters]));
    const details = plan.rows.map((r) => r.detail).join('\n');
    expect(details).toContain('COVERING INDEX facts_trusted_series');
    expect(details).not.toContain('TEMP B-TREE');
    expect((await query.execute()).map((r) => r.value_num)).toEqual([9.6e8, 8.4e7, 7.9e7, 8.1e7]);
  });
});
