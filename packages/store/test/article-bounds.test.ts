import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFeed, isQuarantined, listArticles, listQuarantined, openDb, quarantineArticle, registerFeedItems, releaseQuarantined, saveArticleResult, type Store } from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;
const options = { reviewThreshold: 0.8 };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-bounds-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const item = (n: number) => ({ url: `https://wire.example/s/${n}`, canonicalUrl: `https://wire.example/s/${n}`, guid: `g${n}`, title: `story ${n}`, published: null });

describe('registerFeedItems with a per-poll cap', () => {
  it('hands out at most the cap per poll and takes the rest, oldest first, on later polls', async () => {
    const feed = await addFeed(store.db, { url: 'https://wire.example/rss', intervalMinutes: 15 });
    const listed = [1, 2, 3, 4, 5].map(item);
    const first = await registerFeedItems(store.db, feed.id, listed, { maxToFetch: 2 });
    expect(first.map((i) => i.guid)).toEqual(['g1', 'g2']);
    // The feed answers 304 next time: no items listed, yet the deferred ones still come out.
    const second = await registerFeedItems(store.db, feed.id, [], { maxToFetch: 2 });
    expect(second.map((i) => i.guid)).toEqual(['g3', 'g4']);
    const third = await registerFeedItems(store.db, feed.id, [item(6)], { maxToFetch: 2 });
    expect(third.map((i) => i.guid)).toEqual(['g5', 'g6']);
    expect(await registerFeedItems(store.db, feed.id, [], { maxToFetch: 2 })).toEqual([]);
  });

  it("keeps a deferred item's <source> for the poll that takes it", async () => {
    const feed = await addFeed(store.db, { url: 'https://digest.example/rss', intervalMinutes: 15 });
    const source = { url: 'https://wire.example/original', name: 'Polar Wire' };
    await registerFeedItems(store.db, feed.id, [item(1), { ...item(2), source }], { maxToFetch: 1 });
    const [later] = await registerFeedItems(store.db, feed.id, [], { maxToFetch: 1 });
    expect(later).toMatchObject({ guid: 'g2', source });
  });
});

describe('quarantine', () => {
  it('keeps a quarantined article from being fetched until it is released', async () => {
    const feed = await addFeed(store.db, { url: 'https://wire.example/rss', intervalMinutes: 15 });
    const poison = item(7);
    const entry = { url: poison.url, canonicalUrl: poison.canonicalUrl, feedId: feed.id, guid: poison.guid, queue: 'extract-article', reason: 'extraction ran out of memory' };
    await quarantineArticle(store.db, entry);
    await quarantineArticle(store.db, { ...entry, queue: 'store-article', reason: 'job stalled more than allowable limit' });
    const [row] = await listQuarantined(store.db);
    expect(row).toMatchObject({ url: poison.url, failures: 2, queue: 'store-article', reason: 'job stalled more than allowable limit', feed_id: feed.id });

    expect((await registerFeedItems(store.db, feed.id, [poison, item(8)])).map((i) => i.guid)).toEqual(['g8']);
    expect(await releaseQuarantined(store.db, 'https://wire.example/nothing')).toEqual([]);
    expect((await releaseQuarantined(store.db, poison.canonicalUrl)).map((r) => r.url)).toEqual([poison.url]);
    expect(await isQuarantined(store.db, poison.canonicalUrl)).toBe(false);
    expect((await registerFeedItems(store.db, feed.id, [poison])).map((i) => i.guid)).toEqual(['g7']);
  });
});

describe('an article whose facts were capped', () => {
  it('records how many facts were dropped and why, as `newsfacts articles` lists it', async () => {
    await saveArticleResult(store.db, makeResult({ factsDropped: 120, factsDroppedReason: '120 over 2000 facts per article' }), options);
    await saveArticleResult(store.db, makeResult({ url: 'https://news.example/a/2' }, 'Another body, with 3% more.'), options);
    const rows = await listArticles(store.db);
    expect(rows.map((r) => [r.facts_dropped, r.facts_dropped_reason])).toEqual([
      [120, '120 over 2000 facts per article'],
      [0, null],
    ]);
  });

  it('links each fact of a repeated sentence to the entities of its own copy only', async () => {
    const sentence = 'Exports to Japan rose 6% to 310 tonnes.';
    const copies = 400;
    const facts = [];
    for (let c = 0; c < copies; c++) {
      const at = c * (sentence.length + 1);
      facts.push(makeFact({ type: 'country', value: 'JP', unit: null, direction: null, kind: null, text: 'Japan', sentence, start: at + 11, end: at + 16 }));
      facts.push(makeFact({ text: '6%', value: 6, sentence, start: at + 22, end: at + 24 }));
      facts.push(makeFact({ type: 'tonnage', value: 310, unit: 't', direction: null, kind: null, text: '310 tonnes', sentence, start: at + 28, end: at + 38 }));
    }
    const body = Array.from({ length: copies }, () => sentence).join(' ');
    await saveArticleResult(store.db, makeResult({ facts }, body), options);
    const byRole = store.sqlite.prepare('SELECT role, count(*) AS n FROM fact_entities GROUP BY role ORDER BY role').all();
    // Per copy: the country's own mention, and the country as context of each of the two figures.
    expect(byRole).toEqual([
      { role: 'context', n: 2 * copies },
      { role: 'mention', n: copies },
    ]);
  });
});

describe('a quarantined article stored after all', () => {
  it('leaves the quarantine when an operator-retried job stores it', async () => {
    const result = makeResult();
    await quarantineArticle(store.db, { url: result.url, canonicalUrl: result.canonicalUrl, feedId: null, guid: null, queue: 'fetch-article', reason: 'HTTP 503 from the publisher' });
    expect(await isQuarantined(store.db, result.canonicalUrl)).toBe(true);
    await saveArticleResult(store.db, result, options);
    expect(await listQuarantined(store.db)).toEqual([]);
  });
});
