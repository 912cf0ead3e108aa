import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addFeed, listArticles, listFacts, listFeeds, listFetches, openDb, recordFeedPoll, recordFetch, registerFeedItems, saveArticleResult, type Store } from '../src/index.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;
const options = { reviewThreshold: 0.8 };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-store-'));
  store = await openDb(join(dir, 'nested', 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openDb', () => {
  it('creates the file, runs the migrations and uses WAL', async () => {
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
    const names = tables.map((t) => t.name);
    for (const t of ['feeds', 'fetches', 'articles', 'facts', 'reviews', 'entities', 'fact_groups', 'users']) expect(names).toContain(t);
  });

  it('is idempotent when opened again', async () => {
    await store.close();
    store = await openDb(store.path);
    expect(await listFeeds(store.db)).toEqual([]);
  });
});

describe('saveArticleResult', () => {
  it('stores the article and its facts with status from the review threshold', async () => {
    const summary = await saveArticleResult(store.db, makeResult(), options);
    expect(summary).toMatchObject({ outcome: 'new', factsInserted: 2 });
    const all = await listFacts(store.db, { status: 'all' });
    expect(all.map((f) => [f.type, f.value, f.status])).toEqual([
      ['percentage', 28.7, 'auto-accepted'],
      ['tonnage', 420.5, 'pending'],
    ]);
    const trusted = await listFacts(store.db);
    expect(trusted.map((f) => f.type)).toEqual(['percentage']);
    expect(trusted[0]?.source_link).toBe(
      'https://news.example/a/1#:~:text=Exports%20of%20rare%2Dearth%20magnets%20fell%2028.7%25%20in%20September.',
    );
  });

  it('writes each fact once when the same job runs twice', async () => {
    await saveArticleResult(store.db, makeResult(), options);
    const again = await saveArticleResult(store.db, makeResult(), options);
    expect(again.outcome).toBe('unchanged');
    expect(await listFacts(store.db, { status: 'all' })).toHaveLength(2);
    expect(await listArticles(store.db)).toHaveLength(1);
  });

  it('stores the same body under another URL once', async () => {
    await saveArticleResult(store.db, makeResult(), options);
    const copy = await saveArticleResult(store.db, makeResult({ url: 'https://mirror.example/x', canonicalUrl: 'https://mirror.example/x', finalUrl: 'https://mirror.example/x' }), options);
    expect(copy.outcome).toBe('duplicate-content');
    expect(await listArticles(store.db)).toHaveLength(1);
  });

  it('retires facts a new extractor version no longer finds and keeps the others', async () => {
    await saveArticleResult(store.db, makeResult(), options);
    const [kept] = await listFacts(store.db, { status: 'all' });
    const next = makeResult({ extractorVersion: 'test-2', facts: [makeFact()] });
    const summary = await saveArticleResult(store.db, next, options);
    expect(summary).toMatchObject({ outcome: 'updated', factsInserted: 0, factsRetired: 1 });
    const all = await listFacts(store.db, { status: 'all' });
    expect(all.map((f) => [f.id, f.status])).toEqual([
      [kept?.id, 'auto-accepted'],
      [expect.any(Number), 'retired'],
    ]);
  });

  it('keeps the page snapshot it is given as is, and an existing one when given none', async () => {
    const { html, ...withoutPage } = makeResult();
    const snapshot = { gz: gzipSync(html, { level: 1 }), hash: 'sha-of-page' };
    await saveArticleResult(store.db, { ...withoutPage, snapshot }, options);
    const page = () => store.db.selectFrom('articles').select(['html_gz', 'html_hash']).executeTakeFirstOrThrow();
    expect(await page()).toEqual({ html_gz: snapshot.gz, html_hash: 'sha-of-page' });
    // A re-extraction whose page blob had already gone still updates the facts, not the snapshot.
    await saveArticleResult(store.db, { ...withoutPage, extractorVersion: 'test-2', facts: [makeFact()] }, options);
    expect(gunzipSync((await page()).html_gz!).toString('utf8')).toBe(html);
    expect(await listFacts(store.db, { status: 'all' })).toHaveLength(2);
  });

  it('links the fact to country entities it measures', async () => {
    await saveArticleResult(store.db, makeResult(), options);
    const rows = store.sqlite
      .prepare('SELECT e.canonical, fe.role FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id')
      .all();
    expect(rows).toEqual([{ canonical: 'US', role: 'partner' }]);
  });

  it('keeps an article seen in two feeds once, linked to both', async () => {
    const a = await addFeed(store.db, { url: 'https://news.example/rss', intervalMinutes: 15 });
    const b = await addFeed(store.db, { url: 'https://news.example/atom', intervalMinutes: 15 });
    await saveArticleResult(store.db, makeResult({ feedId: a.id, guid: 'g1' }), options);
    await saveArticleResult(store.db, makeResult({ feedId: b.id, guid: 'g2' }), options);
    expect(await listArticles(store.db)).toHaveLength(1);
    const feeds = await listFeeds(store.db);
    expect(feeds.map((f) => Number(f.articles_stored))).toEqual([1, 1]);
  });
});

describe('feeds', () => {
  it('adds a URL once and records poll health', async () => {
    const first = await addFeed(store.db, { url: 'https://news.example/rss', intervalMinutes: 15 });
    const second = await addFeed(store.db, { url: 'https://news.example/rss', intervalMinutes: 15 });
    expect(second).toEqual({ id: first.id, created: false });
    const fetch = { url: 'https://news.example/rss', kind: 'feed' as const, feedId: first.id, status: 500, bytes: 0, ms: 5, fromCache: false, error: 'HTTP 500', fetchedAt: '2025-10-20T09:00:00Z' };
    const failed = { feedId: first.id, fetch, ok: false, notModified: false, etag: null, lastModified: null, title: null, siteUrl: null, format: null, itemsSeen: 0, items: [], ttlMinutes: null, cacheMaxAgeS: null, retryAfterMs: null, skipHours: null, skipDays: null, pauseReason: null, error: 'HTTP 500' };
    await recordFeedPoll(store.db, failed);
    await recordFeedPoll(store.db, failed);
    let [feed] = await listFeeds(store.db);
    expect(feed).toMatchObject({ consecutive_errors: 2, last_error: 'HTTP 500', last_status: 500 });
    await recordFeedPoll(store.db, { ...failed, ok: true, error: null, etag: '"v1"', itemsSeen: 3, fetch: { ...fetch, status: 200, error: null } });
    [feed] = await listFeeds(store.db);
    expect(feed).toMatchObject({ consecutive_errors: 0, last_error: null, etag: '"v1"', items_seen: 3 });
  });
});

describe('reviews', () => {
  it('are append-only', async () => {
    await saveArticleResult(store.db, makeResult(), options);
    const [fact] = await listFacts(store.db, { status: 'all' });
    store.sqlite.prepare("INSERT INTO reviews (fact_id, reviewer, action, created_at) VALUES (?, 'ana', 'approve', 'now')").run(fact?.id);
    expect(() => store.sqlite.prepare("UPDATE reviews SET action = 'reject'").run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare('DELETE FROM reviews').run()).toThrow(/append-only/);
  });
});

describe('registerFeedItems', () => {
  it('asks to fetch only items not yet stored, and links stored ones', async () => {
    const feed = await addFeed(store.db, { url: 'https://news.example/rss', intervalMinutes: 15 });
    await saveArticleResult(store.db, makeResult(), options);
    const items = [
      { url: 'https://news.example/a/1?utm_source=rss', canonicalUrl: 'https://news.example/a/1', guid: 'a1', title: 'one', published: null },
      { url: 'https://news.example/a/2', canonicalUrl: 'https://news.example/a/2', guid: 'a2', title: 'two', published: null },
    ];
    const first = await registerFeedItems(store.db, feed.id, items);
    expect(first.map((i) => i.guid)).toEqual(['a2']);
    // Not stored yet: a second poll asks again rather than losing the item.
    const second = await registerFeedItems(store.db, feed.id, items);
    expect(second.map((i) => i.guid)).toEqual(['a2']);
    const [health] = await listFeeds(store.db);
    expect(Number(health?.articles_stored)).toBe(1);
  });
});

describe('listFetches', () => {
  it('filters the fetch log by feed, kind and errors, newest first', async () => {
    const feed = await addFeed(store.db, { url: 'https://news.example/rss', intervalMinutes: 15 });
    const base = { bytes: 10, ms: 5, fromCache: false, fetchedAt: '2025-10-20T09:00:00Z' };
    await recordFetch(store.db, { ...base, url: 'https://news.example/rss', kind: 'feed', feedId: feed.id, status: 304, fromCache: true, error: null });
    await recordFetch(store.db, { ...base, url: 'https://news.example/a/1', kind: 'article', feedId: feed.id, status: 404, error: 'HTTP 404' });
    await recordFetch(store.db, { ...base, url: 'https://other.example/a', kind: 'article', feedId: null, status: 200, error: null });
    expect((await listFetches(store.db)).map((f) => f.url)).toEqual(['https://other.example/a', 'https://news.example/a/1', 'https://news.example/rss']);
    expect((await listFetches(store.db, { feedId: feed.id, kind: 'feed' })).map((f) => [f.status, f.from_cache])).toEqual([[304, 1]]);
    expect((await listFetches(store.db, { errorsOnly: true })).map((f) => f.error)).toEqual(['HTTP 404']);
    expect(await listFetches(store.db, { limit: 1 })).toHaveLength(1);
  });
});
