import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, signIn, startTestServer } from './helpers/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

type Who = 'none' | 'reviewer' | 'operator' | 'researcher' | 'admin';
const token = (who: Who) => (who === 'none' ? undefined : t.tokens[who]);

// Each route with the role that owns it: every other role must get 403, no token 401.
const MATRIX: { method: string; path: string; json?: unknown; owner: Exclude<Who, 'none' | 'admin'> }[] = [
  { method: 'POST', path: '/api/feeds', json: { url: 'https://feeds.example/rss.xml' }, owner: 'operator' },
  { method: 'GET', path: '/api/feeds', owner: 'operator' },
  { method: 'GET', path: '/feeds', owner: 'operator' },
  { method: 'GET', path: '/queues', owner: 'operator' },
  { method: 'POST', path: '/api/review/next', json: {}, owner: 'reviewer' },
  { method: 'POST', path: '/api/review/undo', json: {}, owner: 'reviewer' },
  { method: 'GET', path: '/review', owner: 'reviewer' },
  { method: 'GET', path: '/explorer', owner: 'researcher' },
  { method: 'GET', path: '/api/facts', owner: 'researcher' },
  { method: 'GET', path: '/api/facts?format=csv', owner: 'researcher' },
  { method: 'GET', path: '/api/series?by=month', owner: 'researcher' },
  { method: 'GET', path: '/api/groups', owner: 'researcher' },
];

describe('roles', () => {
  it('keeps /healthz public and everything else behind a token', async () => {
    expect((await t.req('/healthz')).status).toBe(200);
    for (const path of ['/review', '/api/feeds', '/explorer', '/queues', '/anything-else', '/api/facts']) {
      expect((await t.req(path)).status, path).toBe(401);
    }
  });

  it('answers 401 without a token and 403 with a token of another role', async () => {
    for (const route of MATRIX) {
      for (const who of ['none', 'reviewer', 'operator', 'researcher'] as const) {
        const res = await t.req(route.path, { method: route.method, token: token(who), json: route.json });
        const expected = who === 'none' ? 401 : who === route.owner ? [200, 201, 409, 503] : [403];
        if (typeof expected === 'number') expect(res.status, `${who} ${route.method} ${route.path}`).toBe(expected);
        else expect(expected, `${who} ${route.method} ${route.path} -> ${res.status}`).toContain(res.status);
      }
    }
  });

  it('lets admin do everything', async () => {
    for (const route of MATRIX) {
      const res = await t.req(route.path, { method: route.method, token: t.tokens.admin, json: route.json });
      expect([200, 201, 409, 503], `${route.method} ${route.path} -> ${res.status}`).toContain(res.status);
    }
  });

  it('refuses an unknown bearer token with 401 even on a page', async () => {
    expect((await t.req('/review', { token: 'nf_not-a-real-token-at-all' })).status).toBe(401);
  });

  it('a reviewer token cannot add feeds; an operator token can', async () => {
    const url = 'https://feeds.example/reviewer-attempt.xml';
    const denied = await t.req('/api/feeds', { method: 'POST', token: t.tokens.reviewer, json: { url } });
    expect(denied.status).toBe(403);
    const count = async () => (await t.store.db.selectFrom('feeds').select('id').where('url', '=', url).execute()).length;
    expect(await count()).toBe(0);
    const ok = await t.req('/api/feeds', { method: 'POST', token: t.tokens.operator, json: { url } });
    expect(ok.status).toBe(201);
    expect(await count()).toBe(1);
  });

  it('rejects a non-http feed URL with 400', async () => {
    const res = await t.req('/api/feeds', { method: 'POST', token: t.tokens.operator, json: { url: 'javascript:alert(1)' } });
    expect(res.status).toBe(400);
  });
});

describe('sessions and CSRF', () => {
  it('signs in with a token into an HTTP-only, SameSite=Strict cookie', async () => {
    const res = await t.req('/sign-in', {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: t.tokens.operator }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/feeds');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^nf_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(t.tokens.operator);
  });

  it('shows an error for a wrong token and never redirects off-site', async () => {
    const bad = await t.req('/sign-in', {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: 'nf_wrong-token-value' }).toString(),
    });
    expect(bad.status).toBe(401);
    const offsite = await t.req('/sign-in', {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: t.tokens.reviewer, next: '//evil.example/x' }).toString(),
    });
    expect(offsite.headers.get('location')).toBe('/review');
  });

  it('refuses a cross-site form post (Origin check) before anything else', async () => {
    const res = await t.req('/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: t.tokens.operator }).toString(),
    });
    expect(res.status).toBe(403);
  });

  it('refuses cookie-authenticated writes without the session CSRF token', async () => {
    const { cookie, csrf } = await signIn(t, t.tokens.operator);
    expect(csrf).toMatch(/^csrf_/);
    const url = 'https://feeds.example/csrf.xml';
    const form = (extra: Record<string, string>) => new URLSearchParams({ url, ...extra }).toString();
    const headers = { cookie, origin: t.url, 'content-type': 'application/x-www-form-urlencoded' };
    expect((await t.req('/feeds', { method: 'POST', headers, body: form({}) })).status).toBe(403);
    expect((await t.req('/feeds', { method: 'POST', headers, body: form({ _csrf: 'csrf_guessed' }) })).status).toBe(403);
    // A JSON write from a page must send the header; the cookie alone is not enough.
    expect((await t.req('/api/feeds', { method: 'POST', headers: { cookie }, json: { url } })).status).toBe(403);
    expect((await t.store.db.selectFrom('feeds').select('id').where('url', '=', url).execute()).length).toBe(0);
    const ok = await t.req('/feeds', { method: 'POST', headers, body: form({ _csrf: csrf }) });
    expect(ok.status).toBe(303);
    expect((await t.store.db.selectFrom('feeds').select('id').where('url', '=', url).execute()).length).toBe(1);
    const viaHeader = await t.req('/api/feeds', { method: 'POST', headers: { cookie, 'x-csrf-token': csrf }, json: { url: `${url}?2` } });
    expect(viaHeader.status).toBe(201);
  });

  it('signs out: the old cookie stops working', async () => {
    const { cookie, csrf } = await signIn(t, t.tokens.researcher);
    expect((await t.req('/explorer', { headers: { cookie } })).status).toBe(200);
    const out = await t.req('/sign-out', {
      method: 'POST',
      headers: { cookie, origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(out.status).toBe(303);
    expect((await t.req('/explorer', { headers: { cookie } })).status).toBe(401);
  });
});

describe('headers', () => {
  it('sends a CSP without inline script and the other security headers on every page', async () => {
    for (const path of ['/sign-in', '/healthz', '/review']) {
      const res = await t.req(path, { token: t.tokens.admin });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('sends browsers without a session to the sign-in page', async () => {
    const res = await t.req('/review', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Freview');
  });
});
