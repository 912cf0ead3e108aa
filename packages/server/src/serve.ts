import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';
import { purgeExpiredLeases } from './repositories/leases.repository.ts';
import { asServerDb } from './server-database.ts';

/** Expired review leases are ignored by every query; sweeping them only keeps the table small. */
const LEASE_SWEEP_MS = 10 * 60_000;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (127.0.0.1 unless told otherwise; port 0 picks a free one). */
export async function startServer(options: AppOptions & { port: number; host?: string }): Promise<RunningServer> {
  const app = createApp(options);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const sweep = () =>
    purgeExpiredLeases(asServerDb(options.db)).catch((error: unknown) => {
      // A busy database now is no reason to stop serving: the next sweep tries again.
      process.stderr.write(`review lease sweep failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  await sweep();
  const sweeper = setInterval(() => void sweep(), LEASE_SWEEP_MS).unref();
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(sweeper);
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
