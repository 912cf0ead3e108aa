/**
 * `pnpm bench:feeds`: the real pipeline (BullMQ on the local Redis, SQLite in a temp dir) against a
 * loopback server publishing N feeds (default 200, `--feeds N`) of 5 articles each. Prints polls/s and
 * articles/s for a first pass, then the share of 304 Not Modified answers on a second pass.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schedulePolls, startRoles, waitUntilIdle } from '@newsfacts/cli';
import { loadConfig } from '@newsfacts/config';
import { addFeed } from '@newsfacts/store';
import { pino } from 'pino';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FEEDS = arg('feeds', 200);
const ITEMS = arg('items', 5);

function articleHtml(feed: number, item: number): string {
  const tonnes = 100 + ((feed * 7 + item * 13) % 900);
  return `<!doctype html><html><head><title>Report ${feed}-${item}</title><meta property="article:published_time" content="2025-10-${String((item % 27) + 1).padStart(2, '0')}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav><article><h1>Exports report ${feed}-${item}</h1>
<p>China shipped ${tonnes}.5 tonnes of rare-earth magnets to the United States in September, down ${(feed % 40) + 1}.2% from August, customs data showed on Monday.</p>
<p>The Ministry of Commerce said licences issued since April covered about ${(item % 30) + 10}% of applications, while Lynas Rare Earths and MP Materials Corp said they would raise output in 2026.</p>
<p>Analysts at the bank expect exports to recover slowly, with shipments to Japan and Germany still below last year's levels by the end of the third quarter.</p>
</article><aside><h3>Related</h3><ul><li><a href="/x">Lithium prices jump 12%</a></li></ul></aside></body></html>`;
}

/** Bumped between passes to make every feed change (new ETag, same items) without new articles. */
let generation = 1;

function feedXml(base: string, feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, j) => `<item><title>Report ${feed}-${j}</title><link>${base}/a/${feed}-${j}.html</link><guid>${base}/a/${feed}-${j}.html</guid><pubDate>Mon, 20 Oct 2025 0${j % 10}:00:00 GMT</pubDate></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>${base}/</link><description>bench</description><lastBuildDate>Mon, 20 Oct 2025 ${String(10 + (generation % 10)).padStart(2, '0')}:00:00 GMT</lastBuildDate>${items}</channel></rss>`;
}

async function main() {
  let base = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const feed = /^\/feed\/(\d+)\.xml$/.exec(url);
    if (feed) {
      const body = feedXml(base, Number(feed[1]));
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    const article = /^\/a\/(\d+)-(\d+)\.html$/.exec(url);
    if (article) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(Number(article[1]), Number(article[2])));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-feeds-'));
  const config = {
    ...loadConfig({}),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: `nfbench-${randomUUID().slice(0, 8)}`,
    dbPath: join(dir, 'bench.db'),
    allowPrivateNetworks: true,
    respectRobots: false,
    // Every bench feed lives on one loopback host: a real deployment spreads feeds over many hosts.
    hostMinDelayMs: 0,
    hostMaxConcurrent: 64,
    concurrency: 32,
  };
  const pipeline = await startRoles(config, ['fetch', 'extract', 'store'], pino({ level: 'silent' }));
  try {
    for (let i = 0; i < FEEDS; i++) await addFeed(pipeline.store!.db, { url: `${base}/feed/${i}.xml`, intervalMinutes: 15 });
    // When each stage finished its last job: shows which stage bounds the pass.
    let stageDone: Record<string, { jobs: number; lastAt: number }> = {};
    for (const worker of pipeline.workers) {
      worker.on('completed', () => {
        const s = (stageDone[worker.name] ??= { jobs: 0, lastAt: 0 });
        s.jobs++;
        s.lastAt = performance.now();
      });
    }
    const pass = async (round: string) => {
      stageDone = {};
      const t0 = performance.now();
      await schedulePolls(pipeline.store!, pipeline.queues, { now: new Date(), force: round });
      const scheduledS = (performance.now() - t0) / 1000;
      await waitUntilIdle(pipeline.queues, { timeoutMs: 600_000 });
      const seconds = (performance.now() - t0) / 1000;
      const stages = Object.entries(stageDone)
        .filter(([name]) => name !== 'schedule-feeds')
        .map(([name, s]) => `${name} ${s.jobs} jobs done at ${((s.lastAt - t0) / 1000).toFixed(2)} s`)
        .join(', ');
      return { seconds, stages: `scheduling ${scheduledS.toFixed(2)} s, ${stages}`, pollsDoneS: ((stageDone['poll-feed']?.lastAt ?? t0) - t0) / 1000 };
    };
    const first = await pass('bench-1');
    const db = pipeline.store!.sqlite;
    const articles = (db.prepare('SELECT COUNT(*) n FROM articles').get() as { n: number }).n;
    const facts = (db.prepare("SELECT COUNT(*) n FROM facts").get() as { n: number }).n;
    const second = await pass('bench-2');
    const feedFetches = db.prepare("SELECT status, COUNT(*) n FROM fetches WHERE kind = 'feed' GROUP BY status").all() as { status: number; n: number }[];
    const secondPass304 = feedFetches.find((r) => r.status === 304)?.n ?? 0;
    // Pass 3: every feed changed but lists only known items, so polls are fetched, parsed and recorded
    // with no article work competing: the poll path on its own.
    generation++;
    const third = await pass('bench-3');
    const articlesAfter = (db.prepare('SELECT COUNT(*) n FROM articles').get() as { n: number }).n;
    console.log(`feeds: ${FEEDS} x ${ITEMS} items on ${base} (one loopback host), Redis ${config.redisUrl}, concurrency ${config.concurrency}`);
    console.log(
      `pass 1: ${first.seconds.toFixed(2)} s  polls/s ${(FEEDS / first.pollsDoneS).toFixed(1)} (all ${FEEDS} polls done at ${first.pollsDoneS.toFixed(2)} s)  articles ${articles} (${(articles / first.seconds).toFixed(1)} articles/s end to end)  facts ${facts}`,
    );
    console.log(`        ${first.stages}`);
    console.log(
      `pass 2: ${second.seconds.toFixed(2)} s  polls/s ${(FEEDS / second.pollsDoneS).toFixed(1)}  304 share ${((secondPass304 / FEEDS) * 100).toFixed(1)}% (${secondPass304}/${FEEDS})`,
    );
    console.log(`        ${second.stages}`);
    console.log(
      `pass 3 (every feed changed, no new items): ${third.seconds.toFixed(2)} s  polls/s ${(FEEDS / third.pollsDoneS).toFixed(1)}  new articles ${articlesAfter - articles}`,
    );
    console.log(`        ${third.stages}`);
  } finally {
    const keys = await pipeline.redis.keys(`${config.queuePrefix}:*`);
    if (keys.length) await pipeline.redis.del(...keys);
    await pipeline.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
