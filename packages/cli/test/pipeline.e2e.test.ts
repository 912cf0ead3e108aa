import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { addFeed, listArticles, listFacts, listFeeds, queryGroups } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE_DIR, schedulePolls, startFixtureSite, waitUntilIdle, type FixtureSite } from '../src/index.ts';
import { startTestPipeline } from './test-pipeline.ts';

interface Expected {
  title: string;
  bodyMustNotContain: string[];
  facts: { type: string; text: string; value: string | number; unit?: string | null; inTable?: boolean }[];
}

const articlesDir = join(FIXTURE_SITE_DIR, 'articles');
const expectedBySlug = new Map(
  readdirSync(articlesDir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => [f.replace('.expected.json', ''), JSON.parse(readFileSync(join(articlesDir, f), 'utf8')) as Expected]),
);
const feedSlugs = (file: string): string[] =>
  [...readFileSync(join(FIXTURE_SITE_DIR, 'feeds', file), 'utf8').matchAll(/\{\{BASE_URL\}\}\/articles\/([\w-]+)\.html/g)].map((m) => m[1] as string);

describe('the pipeline end to end (real Redis, real SQLite, loopback HTTP)', () => {
  let site: FixtureSite;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;

  beforeAll(async () => {
    site = await startFixtureSite();
    env = await startTestPipeline();
    const { store } = env.pipeline;
    for (const feed of ['rss.xml', 'atom.xml']) await addFeed(store!.db, { url: `${site.baseUrl}/feeds/${feed}`, intervalMinutes: 15 });
    await schedulePolls(store!, env.pipeline.queues, { now: new Date(), force: 'round-1' });
    expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 60_000 })).toBe(true);
  }, 90_000);

  afterAll(async () => {
    await env?.dispose();
    await site?.close();
  });

  it('stores every article listed by the two feeds exactly once', async () => {
    const listed = new Set([...feedSlugs('rss.xml'), ...feedSlugs('atom.xml')]);
    const articles = await listArticles(env.pipeline.store!.db);
    expect(articles.map((a) => a.url.replace(`${site.baseUrl}/articles/`, '').replace('.html', '')).sort()).toEqual([...listed].sort());
    for (const a of articles) expect(a.body_text.length).toBeGreaterThan(200);
    const feeds = await listFeeds(env.pipeline.store!.db);
    expect(feeds.map((f) => [f.last_status, f.consecutive_errors, f.last_error])).toEqual([
      [200, 0, null],
      [200, 0, null],
    ]);
  });

  it('keeps every article page exactly as fetched, for re-extraction later', async () => {
    const rows = await env.pipeline.store!.db.selectFrom('articles').select(['url', 'html_gz', 'html_hash']).execute();
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const served = await (await fetch(row.url)).text();
      const kept = gunzipSync(row.html_gz!).toString('utf8');
      expect(kept).toBe(served);
      expect(row.html_hash).toBe(createHash('sha256').update(served).digest('hex'));
    }
  });

  it('lands located facts with sentences and text-fragment links', async () => {
    const db = env.pipeline.store!.db;
    const facts = await listFacts(db, { status: 'all' });
    expect(facts.length).toBeGreaterThan(20);
    const bodies = new Map((await listArticles(db)).map((a) => [a.id, a.body_text]));
    for (const f of facts) {
      expect(bodies.get(f.article_id)?.slice(f.start, f.end)).toBe(f.text);
      expect(f.sentence).toContain(f.text);
      expect(f.source_link.startsWith(`${f.article_url}#:~:text=`)).toBe(true);
      expect(f.confidence).toBeGreaterThan(0);
    }
    expect(new Set(facts.map((f) => f.type))).toEqual(new Set(['tonnage', 'percentage', 'date', 'company', 'country', 'money']));
  });

  it('finds the hand-listed tonnages and percentages of each article and nothing from its boilerplate', async () => {
    const db = env.pipeline.store!.db;
    const facts = await listFacts(db, { status: 'all' });
    const articles = await listArticles(db);
    let expectedFigures = 0;
    let found = 0;
    for (const article of articles) {
      const slug = article.url.split('/').pop()!.replace('.html', '');
      const expected = expectedBySlug.get(slug);
      if (!expected) continue;
      const mine = facts.filter((f) => f.article_id === article.id);
      // Figures in running text; table cells carry their unit in a header, a harder case left to the extractor's own tests.
      for (const want of expected.facts.filter((f) => (f.type === 'tonnage' || f.type === 'percentage') && !f.inTable)) {
        expectedFigures++;
        if (mine.some((f) => f.type === want.type && f.value === want.value)) found++;
      }
      for (const junk of expected.bodyMustNotContain) expect(article.body_text).not.toContain(junk);
    }
    expect(expectedFigures).toBeGreaterThan(10);
    expect(found / expectedFigures).toBeGreaterThanOrEqual(0.9);
  });

  it('corroborates a figure two outlets report and flags the outlet that disagrees', async () => {
    // The fixture site's two outlets report China's September magnet exports to the US; one says 420.5 t, the other 421 t.
    const { rows: items } = await queryGroups(env.pipeline.store!.db, { type: 'tonnage', conflict: true, status: 'all' });
    const september = items.filter((g) => g.period === '2025-09' && g.partner === 'US');
    const values = september.map((g) => g.value).sort();
    expect(values).toEqual([420.5, 421]);
    for (const g of september) {
      expect(g.conflict).toBe(true);
      expect(g.subject).toBe('CN');
      expect(g.conflicting_values.map((c) => c.value)).toEqual(values.filter((v) => v !== g.value));
      for (const s of g.sources) expect(s.source_link.startsWith(`${s.article_url}#:~:text=`)).toBe(true);
    }
  });

  it('writes nothing twice when the feeds are polled again', async () => {
    const db = env.pipeline.store!.db;
    const before = { articles: (await listArticles(db)).length, facts: (await listFacts(db, { status: 'all' })).length };
    await schedulePolls(env.pipeline.store!, env.pipeline.queues, { now: new Date(), force: 'round-2' });
    expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 60_000 })).toBe(true);
    expect({ articles: (await listArticles(db)).length, facts: (await listFacts(db, { status: 'all' })).length }).toEqual(before);
    const feeds = await listFeeds(db);
    expect(feeds.every((f) => f.consecutive_errors === 0)).toBe(true);
  });
});

describe('failures are recorded, not lost', () => {
  it('refuses a loopback feed without the allow setting and says why on the feed row', async () => {
    const site = await startFixtureSite();
    const env = await startTestPipeline({ allowPrivateNetworks: false });
    try {
      const store = env.pipeline.store!;
      await addFeed(store.db, { url: `${site.baseUrl}/feeds/rss.xml`, intervalMinutes: 15 });
      await schedulePolls(store, env.pipeline.queues, { now: new Date(), force: 'r' });
      expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 30_000 })).toBe(true);
      const [feed] = await listFeeds(store.db);
      expect(feed?.consecutive_errors).toBeGreaterThan(0);
      expect(feed?.last_error).toMatch(/private|loopback|refus/i);
      expect(await listArticles(store.db)).toEqual([]);
    } finally {
      await env.dispose();
      await site.close();
    }
  }, 60_000);

  it('records a missing feed (404) on the feed row and keeps going', async () => {
    const site = await startFixtureSite();
    const env = await startTestPipeline();
    try {
      const store = env.pipeline.store!;
      await addFeed(store.db, { url: `${site.baseUrl}/feeds/missing.xml`, intervalMinutes: 15 });
      await schedulePolls(store, env.pipeline.queues, { now: new Date(), force: 'r' });
      expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs: 30_000 })).toBe(true);
      const [feed] = await listFeeds(store.db);
      expect(feed).toMatchObject({ last_status: 404, last_error: 'HTTP 404', consecutive_errors: 1 });
    } finally {
      await env.dispose();
      await site.close();
    }
  }, 60_000);
});
