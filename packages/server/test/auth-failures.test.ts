import { afterEach, describe, expect, it } from 'vitest';
import { clientKey } from '../src/auth/auth-failures.ts';
import type { WebSecurityOptions } from '../src/index.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const METRICS_TOKEN = 'metrics-token-for-the-test';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function serverWith(security: Partial<WebSecurityOptions>): Promise<TestServer> {
  t = await startTestServer({ security, metrics: { token: METRICS_TOKEN } });
  return t;
}

const signIn = (s: TestServer, token: string, headers: Record<string, string> = {}) =>
  s.req('/sign-in', { method: 'POST', headers: { origin: s.url, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams({ token }).toString() });

async function metric(s: TestServer, name: string, via: string): Promise<number> {
  const text = await (await s.req('/metrics', { token: METRICS_TOKEN })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{via="${via}"}`));
  return Number(line?.split(' ')[1] ?? Number.NaN);
}

describe('failed authentication limit', () => {
  it('answers 429 after N failed sign-ins from one client, even for the right token, with a log line and a metric', async () => {
    const s = await serverWith({ authFailures: { limit: 3, windowSeconds: 600 } });
    for (let i = 0; i < 3; i++) expect((await signIn(s, `nf_wrong-${i}`)).status).toBe(401);
    const blocked = await signIn(s, s.tokens.reviewer);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Too many failed sign-ins');
    expect(s.logs.map((l) => l.message)).toEqual(['authentication failed', 'authentication failed', 'authentication failed; client blocked']);
    expect(s.logs[2]!.fields).toMatchObject({ via: 'sign-in', clientIp: '127.0.0.1', failures: 3, limit: 3 });
    expect(await metric(s, 'newsfacts_auth_failures_total', 'sign-in')).toBe(3);
    expect(await metric(s, 'newsfacts_auth_throttled_total', 'sign-in')).toBe(1);
    // The same client's bearer calls are refused too: it is the client that is blocked.
    const bearer = await s.req('/api/review/next', { method: 'POST', token: s.tokens.reviewer, json: {} });
    expect(bearer.status).toBe(429);
    expect(await metric(s, 'newsfacts_auth_throttled_total', 'bearer')).toBe(1);
  });

  it('counts bad bearer tokens the same way', async () => {
    const s = await serverWith({ authFailures: { limit: 2, windowSeconds: 600 } });
    const cookie = ((await signIn(s, s.tokens.researcher)).headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await s.req('/api/facts', { token: 'nf_guess-1' })).status).toBe(401);
    expect((await s.req('/api/facts', { token: 'nf_guess-2' })).status).toBe(401);
    const third = await s.req('/api/facts', { token: 'nf_guess-3' });
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: string }).error).toMatch(/too many failed authentication attempts/);
    expect(await metric(s, 'newsfacts_auth_failures_total', 'bearer')).toBe(2);
    expect(s.logs.at(-1)?.fields).toMatchObject({ via: 'bearer', failures: 2 });
    // A session opened before keeps working: only credentials still to be checked are refused.
    expect((await s.req('/api/facts', { headers: { cookie } })).status).toBe(200);
  });

  it('lets the client try again once its window has passed', async () => {
    const s = await serverWith({ authFailures: { limit: 1, windowSeconds: 1 } });
    expect((await signIn(s, 'nf_wrong')).status).toBe(401);
    expect((await signIn(s, s.tokens.reviewer)).status).toBe(429);
    await new Promise((r) => setTimeout(r, 1200));
    expect((await signIn(s, s.tokens.reviewer)).status).toBe(303);
  });

  it('behind a trusted proxy, counts each forwarded client apart; without trust, X-Forwarded-For changes nothing', async () => {
    const proxied = await serverWith({ trustProxy: ['loopback'], authFailures: { limit: 1, windowSeconds: 600 } });
    expect((await signIn(proxied, 'nf_wrong', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(401);
    expect((await signIn(proxied, proxied.tokens.reviewer, { 'x-forwarded-for': '203.0.113.7' })).status).toBe(429);
    expect((await signIn(proxied, proxied.tokens.reviewer, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(303);
    expect(proxied.logs[0]!.fields).toMatchObject({ clientIp: '203.0.113.7' });
    await proxied.close();
    t = undefined;

    const direct = await serverWith({ authFailures: { limit: 1, windowSeconds: 600 } });
    expect((await signIn(direct, 'nf_wrong', { 'x-forwarded-for': '203.0.113.7' })).status).toBe(401);
    expect((await signIn(direct, direct.tokens.reviewer, { 'x-forwarded-for': '198.51.100.9' })).status).toBe(429);
  });
});

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s counts as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});
