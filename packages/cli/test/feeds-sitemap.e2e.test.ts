import { addFeed, getFeed, listArticles } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlePage, type LoopbackSite, pollRound, startLoopbackSite } from './feeds-loopback.ts';
import { startTestPipeline } from './test-pipeline.ts';

const pad = (n: number) => String(n).padStart(2, '0');

const newsSitemap = (base: string, day: number) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>${base}/a/d${pad(day)}.html</loc>
    <news:news><news:publication><news:name>Example Wire</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2025-10-${pad(day)}T06:00:00Z</news:publication_date><news:title>Gallium report ${day}</news:title></news:news>
  </url>
</urlset>`;

/** Children listed oldest first, as many CMSs do; lastmod says which are recent. */
const sitemapIndex = (base: string, days: number[]) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${days.map((d) => `  <sitemap><loc>${base}/sm/day-${pad(d)}.xml</loc><lastmod>2025-10-${pad(d)}T07:00:00Z</lastmod></sitemap>`).join('\n')}
</sitemapindex>`;

describe('a sitemap index as a source', () => {
  let site: LoopbackSite;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;

  beforeEach(async () => {
    site = await startLoopbackSite();
    env = await startTestPipeline();
    for (let d = 1; d <= 12; d++) {
      site.routes[`/sm/day-${pad(d)}.xml`] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end(newsSitemap(site.base, d));
      site.routes[`/a/d${pad(d)}.html`] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Gallium report ${d}`, d));
    }
  });
  afterEach(async () => {
    await env.dispose();
    await site.close();
  });

  const fetchRows = () =>
    env.pipeline.store!.sqlite.prepare("SELECT url, status, error FROM fetches WHERE kind = 'feed' ORDER BY id").all() as { url: string; status: number | null; error: string | null }[];

  it('reads the ten most recent child sitemaps and stores their articles with dates; a 304 on the index skips them', async () => {
    const days = Array.from({ length: 12 }, (_, i) => i + 1);
    site.routes['/sitemap_index.xml'] = (req, res) => {
      if (req.headers['if-none-match'] === '"idx1"') return void res.writeHead(304, { etag: '"idx1"' }).end();
      res.writeHead(200, { 'content-type': 'application/xml', etag: '"idx1"' }).end(sitemapIndex(site.base, days));
    };
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${site.base}/sitemap_index.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');

    // Days 3..12 are the ten newest; the two oldest children are never asked for.
    expect(site.hits['/sm/day-01.xml']).toBeUndefined();
    expect(site.hits['/sm/day-02.xml']).toBeUndefined();
    for (let d = 3; d <= 12; d++) expect(site.hits[`/sm/day-${pad(d)}.xml`]).toBe(1);
    const articles = await listArticles(env.pipeline.store!.db);
    expect(articles.map((a) => a.url.replace(site.base, '')).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `/a/d${pad(i + 3)}.html`));
    const byUrl = new Map(articles.map((a) => [a.url.replace(site.base, ''), a]));
    expect(byUrl.get('/a/d07.html')?.published).toMatch(/^2025-10-07/);
    const feed = await getFeed(env.pipeline.store!.db, id);
    expect(feed).toMatchObject({ format: 'sitemap-index', consecutive_errors: 0, last_error: null, etag: '"idx1"' });
    // The index and each child it read are rows of their own.
    expect(fetchRows().length).toBe(11);

    await pollRound(env, 'r2');
    expect(site.hits['/sitemap_index.xml']).toBe(2);
    for (let d = 3; d <= 12; d++) expect(site.hits[`/sm/day-${pad(d)}.xml`]).toBe(1);
    expect(await getFeed(env.pipeline.store!.db, id)).toMatchObject({ last_status: 304, consecutive_errors: 0 });
  }, 60_000);

  it('asks unchanged children of a changed index with their own validators', async () => {
    let indexVersion = 1;
    site.routes['/sitemap_index.xml'] = (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/xml', etag: `"idx-v${indexVersion}"` }).end(sitemapIndex(site.base, indexVersion === 1 ? [1, 2] : [1, 2, 3]));
    const conditional: Record<string, (string | undefined)[]> = {};
    for (const d of [1, 2, 3]) {
      const path = `/sm/day-${pad(d)}.xml`;
      site.routes[path] = (req, res) => {
        (conditional[path] ??= []).push(req.headers['if-none-match'] as string | undefined);
        if (req.headers['if-none-match'] === `"sm-${d}"`) return void res.writeHead(304, { etag: `"sm-${d}"` }).end();
        res.writeHead(200, { 'content-type': 'application/xml', etag: `"sm-${d}"` }).end(newsSitemap(site.base, d));
      };
    }
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${site.base}/sitemap_index.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    indexVersion = 2;
    await pollRound(env, 'r2');
    expect(conditional).toEqual({ '/sm/day-01.xml': [undefined, '"sm-1"'], '/sm/day-02.xml': [undefined, '"sm-2"'], '/sm/day-03.xml': [undefined] });
    expect((await listArticles(env.pipeline.store!.db)).length).toBe(3);
    expect(await getFeed(env.pipeline.store!.db, id)).toMatchObject({ consecutive_errors: 0, last_error: null });
    const childRows = fetchRows().filter((r) => r.url.includes('/sm/'));
    expect(childRows.map((r) => r.status).sort()).toEqual([200, 200, 200, 304, 304]);
  }, 60_000);

  it('records a failing child, keeps the rest, and re-reads the index next time instead of trusting its 304', async () => {
    site.routes['/sitemap_index.xml'] = (req, res) => {
      if (req.headers['if-none-match'] === '"idx2"') return void res.writeHead(304, { etag: '"idx2"' }).end();
      res.writeHead(200, { 'content-type': 'application/xml', etag: '"idx2"' }).end(sitemapIndex(site.base, [4, 5, 6]));
    };
    let brokenCalls = 0;
    site.routes['/sm/day-05.xml'] = (_req, res) => {
      brokenCalls++;
      if (brokenCalls === 1) return void res.writeHead(200, { 'content-type': 'application/xml' }).end('<urlset><url><loc>truncated');
      res.writeHead(200, { 'content-type': 'application/xml' }).end(newsSitemap(site.base, 5));
    };
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${site.base}/sitemap_index.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    expect((await listArticles(env.pipeline.store!.db)).map((a) => a.url.replace(site.base, '')).sort()).toEqual(['/a/d04.html', '/a/d06.html']);
    const broken = fetchRows().find((r) => r.url.endsWith('/sm/day-05.xml'));
    expect(broken?.error).toMatch(/FeedParseError/);
    expect(await getFeed(env.pipeline.store!.db, id)).toMatchObject({ consecutive_errors: 0, etag: null });

    await pollRound(env, 'r2');
    expect(site.hits['/sitemap_index.xml']).toBe(2);
    expect((await listArticles(env.pipeline.store!.db)).map((a) => a.url.replace(site.base, '')).sort()).toEqual(['/a/d04.html', '/a/d05.html', '/a/d06.html']);
  }, 60_000);

  it('marks the feed in error when no child can be read, and does not follow a nested index', async () => {
    site.routes['/sitemap_index.xml'] = (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${site.base}/sm/missing.xml</loc></sitemap><sitemap><loc>${site.base}/sm/nested.xml</loc></sitemap></sitemapindex>`);
    site.routes['/sm/nested.xml'] = (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/xml' }).end(sitemapIndex(site.base, [8]));
    const { id } = await addFeed(env.pipeline.store!.db, { url: `${site.base}/sitemap_index.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    const feed = await getFeed(env.pipeline.store!.db, id);
    expect(feed?.consecutive_errors).toBe(1);
    expect(feed?.last_error).toMatch(/no child sitemap could be read/);
    expect(site.hits['/sm/day-08.xml']).toBeUndefined();
    // Child rows travel on their own queue, so compare them in URL order.
    expect(fetchRows().map((r) => [r.url.replace(site.base, ''), r.status]).sort()).toEqual([
      ['/sitemap_index.xml', 200],
      ['/sm/missing.xml', 404],
      ['/sm/nested.xml', 200],
    ]);
  }, 60_000);
});

describe('a sitemap index on a host with a politeness delay', () => {
  it('waits for the host between children instead of dropping them', async () => {
    const site = await startLoopbackSite();
    const env = await startTestPipeline({ hostMinDelayMs: 400, hostMaxConcurrent: 1 });
    try {
      site.routes['/sitemap_index.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end(sitemapIndex(site.base, [1, 2, 3]));
      for (const d of [1, 2, 3]) {
        site.routes[`/sm/day-${pad(d)}.xml`] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/xml' }).end(newsSitemap(site.base, d));
        site.routes[`/a/d${pad(d)}.html`] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(`Gallium report ${d}`, d));
      }
      const { id } = await addFeed(env.pipeline.store!.db, { url: `${site.base}/sitemap_index.xml`, intervalMinutes: 15 });
      await pollRound(env, 'r1', 60_000);
      expect(await getFeed(env.pipeline.store!.db, id)).toMatchObject({ consecutive_errors: 0, last_error: null });
      expect((await listArticles(env.pipeline.store!.db)).length).toBe(3);
      const starts = ['/sitemap_index.xml', '/sm/day-03.xml', '/sm/day-02.xml', '/sm/day-01.xml'].map((p) => site.times[p]?.[0] ?? Number.NaN);
      // Newest child first, each after the host's minimum delay (a lower bound, with slack for the test server sharing the event loop; unthrottled they come milliseconds apart).
      for (let i = 1; i < starts.length; i++) expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(300);
    } finally {
      await env.dispose();
      await site.close();
    }
  }, 60_000);
});
