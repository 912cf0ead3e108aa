import { resolve } from 'node:path';
import { obliterateQueues, openQueues } from '@newsfacts/queues';
import { addFeed, listFacts, openDb } from '@newsfacts/store';
import { Command } from 'commander';
import { startFixtureSite } from '../demo/fixture-site-server.ts';
import { writeRecords } from '../output/write-records.ts';
import { ensureRedis } from '../runtime/ensure-redis.ts';
import { createLogger } from '../runtime/logger.ts';
import { connectionFromUrl } from '../runtime/redis-url.ts';
import { runPipeline } from '../runtime/run-pipeline.ts';
import { config } from './shared.ts';

/** A fixed port keeps article URLs, and so the stored articles, the same from one demo run to the next. */
const DEMO_PORT = 4807;

export function demoCommand(): Command {
  return new Command('demo')
    .description('run the whole pipeline on the bundled fixture site and show what it found')
    .option('--port <port>', 'port for the fixture site', (v) => Number(v), DEMO_PORT)
    .action(async (opts: { port: number }) => {
      const base = config();
      const log = createLogger(base.logLevel === 'info' ? 'warn' : base.logLevel);
      const site = await startFixtureSite({ port: opts.port });
      const redis = await ensureRedis(base.redisUrl);
      process.stderr.write(`fixture site: ${site.baseUrl}\nredis: ${redis.url}${redis.started ? ' (private server started for this run)' : ''}\n`);
      // The demo polls its own loopback server, so it allows private addresses for this run only.
      const cfg = { ...base, redisUrl: redis.url, allowPrivateNetworks: true, hostMinDelayMs: 0, hostMaxConcurrent: 4, queuePrefix: `${base.queuePrefix}-demo` };
      try {
        const store = await openDb(cfg.dbPath);
        try {
          for (const feed of ['/feeds/rss.xml', '/feeds/atom.xml']) await addFeed(store.db, { url: `${site.baseUrl}${feed}`, intervalMinutes: cfg.feedIntervalMinutes });
        } finally {
          await store.close();
        }
        // The demo's queues are its own: start each run from empty ones so it always does the whole job.
        const demoQueues = openQueues(connectionFromUrl(cfg.redisUrl), cfg.queuePrefix);
        await obliterateQueues(demoQueues);
        await demoQueues.close();
        const summary = await runPipeline(cfg, ['fetch', 'extract', 'store'], log, { untilIdle: true, maxWaitMs: 300_000 });
        const store2 = await openDb(cfg.dbPath, { migrate: false });
        try {
          const facts = await listFacts(store2.db, { status: 'all' });
          process.stdout.write(`\nA sample of the ${facts.length} facts found (newsfacts facts --status all shows them all):\n`);
          const sample = pickSample(facts, 24);
          await writeRecords(sample, 'table', ['type', 'value', 'unit', 'text', 'confidence', 'status'], process.stdout);
        } finally {
          await store2.close();
        }
        process.stdout.write(`\n${summary ?? ''}\n\nSQLite file: ${resolve(cfg.dbPath)}\nNext: pnpm newsfacts facts --format csv > facts.csv  ·  pnpm newsfacts articles --format json\n`);
      } finally {
        redis.stop();
        await site.close();
      }
    });
}

/** A few facts of every type rather than the first article's dates. */
function pickSample<T extends { type: string }>(facts: T[], n: number): T[] {
  const byType = new Map<string, T[]>();
  for (const f of facts) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
  const out: T[] = [];
  for (let i = 0; out.length < n && i < n; i++) {
    for (const list of byType.values()) {
      const fact = list[i];
      if (fact && out.length < n) out.push(fact);
    }
  }
  return out;
}
