import { createQueueHealth, startServer } from '@newsfacts/server';
import { openDb } from '@newsfacts/store';
import { Command } from 'commander';
import { discoverFeed } from '../runtime/discover-feed.ts';
import { createLogger } from '../runtime/logger.ts';
import { connectionFromUrl } from '../runtime/redis-url.ts';
import { UserError, config } from './shared.ts';

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`not a port: ${value}`, 2);
  return n;
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('web app and HTTP API: review queue, facts explorer, feeds, queue health')
    .option('--port <port>', 'port to listen on', parsePort, 8080)
    .option('--host <host>', 'address to bind (default loopback only; use 0.0.0.0 behind a TLS proxy)', '127.0.0.1')
    .action(async (opts: { port: number; host: string }) => {
      const cfg = config();
      const store = await openDb(cfg.dbPath);
      // Queue health needs Redis; the pages say so when it is down instead of failing to start.
      const queues = createQueueHealth({ redisUrl: cfg.redisUrl, connection: connectionFromUrl(cfg.redisUrl), prefix: cfg.queuePrefix });
      const server = await startServer({
        db: store.db,
        queryStore: store,
        queues,
        metrics: { token: cfg.metricsToken },
        security: {
          maxBodyBytes: cfg.httpMaxBodyBytes,
          trustProxy: cfg.trustProxy,
          secureCookies: cfg.secureCookies,
          authFailures: { limit: cfg.authFailureLimit, windowSeconds: cfg.authFailureWindowSeconds },
          logger: createLogger(cfg.logLevel).child({ component: 'web' }),
        },
        port: opts.port,
        host: opts.host,
        feeds: {
          defaultIntervalMinutes: cfg.feedIntervalMinutes,
          discoverFeed: async (url) => {
            const found = await discoverFeed(url, cfg);
            return { url: found.url, title: found.feed.title ?? null };
          },
        },
      });
      process.stderr.write(`newsfacts serving on ${server.url} (database ${cfg.dbPath})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await queues.close();
      await store.close();
    });
}
