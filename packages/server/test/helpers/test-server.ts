import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@newsfacts/core';
import { openDb, type Store } from '@newsfacts/store';
import { type AppOptions, asServerDb, createUser, type QueueHealth, startServer, type RunningServer, type WebSecurityOptions } from '../../src/index.ts';

export interface TestServer {
  url: string;
  store: Store;
  tokens: Record<'reviewer' | 'reviewer2' | 'operator' | 'researcher' | 'admin', string>;
  /** fetch against the server with an optional bearer token. */
  req(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  /** What the app logged (its logger is captured here instead of writing to stderr). */
  logs: { fields: Record<string, unknown>; message: string }[];
  close(): Promise<void>;
}

export interface TestServerOptions {
  queues?: QueueHealth | null;
  seed?: (store: Store) => Promise<void>;
  metrics?: AppOptions['metrics'];
  security?: Partial<WebSecurityOptions>;
}

/** A real HTTP server on 127.0.0.1 over a real SQLite file in a temp dir. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-server-'));
  const store = await openDb(join(dir, 'test.db'));
  await options.seed?.(store);
  const db = asServerDb(store.db);
  const users: [keyof TestServer['tokens'], Role][] = [
    ['reviewer', 'reviewer'],
    ['reviewer2', 'reviewer'],
    ['operator', 'operator'],
    ['researcher', 'researcher'],
    ['admin', 'admin'],
  ];
  const tokens = {} as TestServer['tokens'];
  for (const [name, role] of users) tokens[name] = (await createUser(db, name, role)).token;
  const logs: TestServer['logs'] = [];
  const logger = { warn: (fields: Record<string, unknown>, message: string) => void logs.push({ fields, message }) };
  const server: RunningServer = await startServer({
    db: store.db,
    queues: options.queues ?? null,
    queryStore: store,
    metrics: options.metrics,
    security: { logger, ...options.security },
    port: 0,
  });
  return {
    url: server.url,
    store,
    tokens,
    logs,
    req(path, init = {}) {
      const headers = new Headers(init.headers);
      if (init.token) headers.set('authorization', `Bearer ${init.token}`);
      let body = init.body;
      if (init.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = JSON.stringify(init.json);
      }
      return fetch(server.url + path, { ...init, headers, body, redirect: 'manual' });
    },
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form like a browser would; returns the session cookie and the page's CSRF token. */
export async function signIn(t: TestServer, token: string): Promise<{ cookie: string; csrf: string }> {
  const res = await t.req('/sign-in', {
    method: 'POST',
    headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  const page = await t.req(res.headers.get('location') ?? '/', { headers: { cookie, accept: 'text/html' } });
  const html = await page.text();
  const csrf = /<meta name="csrf-token" content="([^"]*)">/.exec(html)?.[1] ?? '';
  return { cookie, csrf };
}
