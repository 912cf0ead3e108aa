import { readFileSync } from 'node:fs';
import { MAX_FACTS_PER_ARTICLE } from '@newsfacts/core';
import { openDb } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackSite } from '../feeds-loopback.ts';
import { BOMB_SIZES, NORMAL_SLUGS, startFactBombSite } from './fact-bomb-site.ts';
import { createWorld, type FaultWorld, seedFeeds, startCli, withinMs } from './fault-harness.ts';

/** The process's peak resident memory so far (MB), from /proc; null once it has exited. */
function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function runUntilIdle(world: FaultWorld): Promise<{ code: number | string; peakMb: number; output: string }> {
  const run = startCli(world, ['run', '--until-idle', '--max-wait', '240']);
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, peakRssMb(run.child.pid!) ?? 0)), 50);
  try {
    const code = await withinMs(run.exited, 270_000, 'run --until-idle');
    return { code, peakMb, output: run.output() };
  } finally {
    clearInterval(sampler);
  }
}

interface ArticleState {
  url: string;
  facts: number;
  facts_dropped: number;
  facts_dropped_reason: string | null;
}

async function readState(world: FaultWorld): Promise<{ articles: ArticleState[]; quarantined: { url: string; reason: string }[] }> {
  const store = await openDb(world.dbPath, { readonly: true, migrate: false });
  try {
    const articles = store.sqlite
      .prepare('SELECT url, facts_dropped, facts_dropped_reason, (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS facts FROM articles a')
      .all() as ArticleState[];
    const quarantined = store.sqlite.prepare('SELECT url, reason FROM quarantined_articles').all() as { url: string; reason: string }[];
    return { articles, quarantined };
  } finally {
    await store.close();
  }
}

/**
 * Real processes, Redis, SQLite and HTTP: a feed lists a quarter-megabyte and a two-megabyte fact
 * bomb beside normal articles. The process must neither die nor balloon; each bomb ends up stored
 * with its facts capped (the drop recorded) or quarantined with a reason, and a second run leaves
 * them alone.
 */
describe('fact bombs in a feed', () => {
  let site: Awaited<ReturnType<typeof startFactBombSite>>;
  let world: FaultWorld;

  beforeAll(async () => {
    site = await startFactBombSite();
    world = createWorld();
    await seedFeeds(world, [site.feedUrl]);
  });
  afterAll(async () => {
    await site?.close();
    await world?.dispose();
  });

  it('stores the normal articles, bounds or quarantines the bombs, and does not fetch them again', async () => {
    const first = await runUntilIdle(world);
    expect(first.code, first.output.slice(-3000)).toBe(0);
    expect(first.peakMb).toBeGreaterThan(0);
    expect(first.peakMb).toBeLessThan(1536);

    const { articles, quarantined } = await readState(world);
    for (const slug of NORMAL_SLUGS) {
      const normal = articles.find((a) => a.url === `${site.base}${site.pagePath(slug)}`);
      expect(normal, slug).toBeDefined();
      expect(normal!.facts).toBeGreaterThan(3);
      expect(normal!.facts_dropped).toBe(0);
    }
    for (const slug of Object.keys(BOMB_SIZES)) {
      const url = `${site.base}${site.pagePath(slug)}`;
      const stored = articles.find((a) => a.url === url);
      const held = quarantined.find((q) => q.url === url);
      expect(Boolean(stored) || Boolean(held), `${slug} neither stored nor quarantined`).toBe(true);
      if (stored) {
        expect(stored.facts).toBeLessThanOrEqual(MAX_FACTS_PER_ARTICLE);
        expect(stored.facts_dropped).toBeGreaterThan(0);
        expect(stored.facts_dropped_reason).toMatch(/facts per (article|sentence)/);
      } else {
        expect(held!.reason.length).toBeGreaterThan(0);
      }
    }

    const hitsBefore = Object.keys(BOMB_SIZES).map((slug) => site.hits[site.pagePath(slug)] ?? 0);
    expect(hitsBefore.every((n) => n >= 1)).toBe(true);
    const second = await runUntilIdle(world);
    expect(second.code, second.output.slice(-3000)).toBe(0);
    expect(second.peakMb).toBeLessThan(1536);
    expect(Object.keys(BOMB_SIZES).map((slug) => site.hits[site.pagePath(slug)] ?? 0)).toEqual(hitsBefore);
    expect(site.hits['/feed.xml']).toBe(2);
  }, 600_000);
});

/** An article whose fetch fails for good is quarantined, skipped by later polls, and fetched again once an operator retries it. */
describe('a poison article', () => {
  let site: LoopbackSite & { feedUrl: string; pagePath(slug: string): string };
  let world: FaultWorld;
  let refuse = true;

  beforeAll(async () => {
    site = await startFactBombSite();
    // Not one of the bombs: a page the server refuses with a status that is not worth retrying.
    const normal = site.routes[site.pagePath(NORMAL_SLUGS[0]!)]!;
    site.routes[site.pagePath(NORMAL_SLUGS[0]!)] = (req, res) => (refuse ? void res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request') : normal(req, res));
    world = createWorld();
    await seedFeeds(world, [site.feedUrl]);
  });
  afterAll(async () => {
    await site?.close();
    await world?.dispose();
  });

  it('is recorded with its reason, listed by `jobs quarantined`, left alone, and retried on request', async () => {
    const path = site.pagePath(NORMAL_SLUGS[0]!);
    const url = `${site.base}${path}`;
    expect((await runUntilIdle(world)).code).toBe(0);
    const { quarantined, articles } = await readState(world);
    expect(quarantined.map((q) => q.url)).toContain(url);
    expect(quarantined.find((q) => q.url === url)!.reason).toMatch(/HTTP 400/);
    expect(articles.some((a) => a.url === url)).toBe(false);

    const listed = startCli(world, ['jobs', 'quarantined', '--format', 'json']);
    expect(await withinMs(listed.exited, 60_000, 'jobs quarantined')).toBe(0);
    expect(listed.output()).toContain(url);

    const hits = site.hits[path];
    expect((await runUntilIdle(world)).code).toBe(0);
    expect(site.hits[path]).toBe(hits);

    refuse = false;
    const retry = startCli(world, ['jobs', 'retry-quarantined', '--all']);
    expect(await withinMs(retry.exited, 60_000, 'jobs retry-quarantined'), retry.output()).toBe(0);
    expect((await runUntilIdle(world)).code).toBe(0);
    const after = await readState(world);
    expect(after.quarantined).toEqual([]);
    expect(after.articles.some((a) => a.url === url)).toBe(true);
  }, 600_000);
});
