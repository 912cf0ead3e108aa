import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pingRedis } from '@newsfacts/queues';
import { RedisUnavailableError } from './redis-unavailable.error.ts';

export interface RedisHandle {
  url: string;
  /** True when this process started a private server (and stop() ends it). */
  started: boolean;
  stop(): void;
}

export { RedisUnavailableError };

/**
 * Uses the Redis at `url` if it answers; otherwise starts a private, diskless redis-server on a
 * free loopback port for this run. Says exactly what to install when neither is possible.
 */
export async function ensureRedis(url: string): Promise<RedisHandle> {
  if (await pingRedis(url)) return { url, started: false, stop: () => {} };
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = which.stdout.trim();
  if (which.status !== 0 || !binary) {
    throw new RedisUnavailableError(
      `no Redis answers at ${url} and redis-server is not installed.\n` +
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis),\n' +
        '  or run one with Docker: docker compose up -d redis, or point REDIS_URL at a running Redis 7.',
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--dir', dir, '--pidfile', pidfile],
    { stdio: 'ignore', detached: false },
  );
  const privateUrl = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await pingRedis(privateUrl, 300)) {
      const stop = () => {
        child.kill('SIGTERM');
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          /* the server may still hold the directory for a moment */
        }
      };
      return { url: privateUrl, started: true, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  const log = safeRead(join(dir, 'redis.log'));
  throw new RedisUnavailableError(`started ${binary} on port ${port} but it did not answer${log ? `:\n${log}` : ''}`);
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8').slice(-2000);
  } catch {
    return '';
  }
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
