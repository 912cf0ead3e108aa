import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-serve-'));
  env = { NEWSFACTS_DB: join(dir, 'serve.db'), NEWSFACTS_QUEUE_PREFIX: `nf-serve-${process.pid}` };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsfacts users and serve', () => {
  it('prints a token on the last line, refuses duplicates and bad roles, never lists tokens', async () => {
    const added = await runCli(['users', 'add', 'rita', '--role', 'reviewer'], { env });
    expect(added.code).toBe(0);
    const token = added.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^nf_[A-Za-z0-9_-]{40,}$/);
    expect((await runCli(['users', 'add', 'rita', '--role', 'reviewer'], { env })).code).toBe(1);
    expect((await runCli(['users', 'add', 'olga', '--role', 'boss'], { env })).code).not.toBe(0);
    const listed = await runCli(['users', 'list', '--format', 'json'], { env });
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ name: 'rita', role: 'reviewer' })]);
    expect(listed.stdout).not.toContain(token);
  }, 120_000);

  it('serves on loopback with role checks, and stops cleanly on SIGTERM', async () => {
    const reviewer = (await runCli(['users', 'add', 'sam', '--role', 'reviewer'], { env })).stdout.trim().split('\n').at(-1)!;
    const operator = (await runCli(['users', 'add', 'opal', '--role', 'operator'], { env })).stdout.trim().split('\n').at(-1)!;
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}packages/cli/src/main.ts`, 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', NEWSFACTS_LOG_LEVEL: 'silent', ...env },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d) => {
          err += d;
          const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
          if (m) resolve(m[1]!);
        });
        child.on('close', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/review`)).status).toBe(401);
      expect((await fetch(`${url}/review`, { headers: { authorization: `Bearer ${reviewer}` } })).status).toBe(200);
      const addFeed = (token: string) =>
        fetch(`${url}/api/feeds`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ url: 'http://127.0.0.1:9/feed.xml' }),
        });
      expect((await addFeed(reviewer)).status).toBe(403);
      // The operator gets through auth; the guarded fetcher then refuses a loopback feed URL.
      const byOperator = await addFeed(operator);
      expect(byOperator.status).toBe(422);
      expect(((await byOperator.json()) as { error: string }).error).toMatch(/private/);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 120_000);
});
