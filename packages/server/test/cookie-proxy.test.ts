import { afterEach, describe, expect, it } from 'vitest';
import { compileTrustProxy } from '../src/http/client-origin.middleware.ts';
import type { WebSecurityOptions } from '../src/index.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function serverWith(security: Partial<WebSecurityOptions>): Promise<TestServer> {
  t = await startTestServer({ security });
  return t;
}

/** Signs in as the reviewer; `origin` is what the browser would send (https behind a TLS proxy). */
async function signInCookie(s: TestServer, headers: Record<string, string> = {}, origin = s.url): Promise<Response> {
  return s.req('/sign-in', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token: s.tokens.reviewer }).toString(),
  });
}

const flags = (res: Response) =>
  (res.headers.get('set-cookie') ?? '')
    .split(';')
    .slice(1)
    .map((f) => f.trim().toLowerCase());

describe('session cookie flags', () => {
  it('are Secure, HttpOnly and SameSite=Strict by default, even over plain HTTP', async () => {
    const s = await serverWith({});
    const res = await signInCookie(s);
    expect(res.status).toBe(303);
    expect(flags(res)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/']));
  });

  it('with Secure left to the request: none over plain HTTP, Secure when a trusted proxy says https', async () => {
    const s = await serverWith({ secureCookies: false, trustProxy: ['loopback'] });
    const plain = await signInCookie(s);
    expect(plain.status).toBe(303);
    expect(flags(plain)).not.toContain('secure');
    expect(flags(plain)).toContain('httponly');
    const httpsOrigin = s.url.replace('http:', 'https:');
    const proxied = await signInCookie(s, { 'x-forwarded-proto': 'https' }, httpsOrigin);
    expect(proxied.status).toBe(303);
    expect(flags(proxied)).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict']));
    // Sign-out replaces the cookie with the same flags, or the browser would keep the Secure one.
    const cookie = (proxied.headers.get('set-cookie') ?? '').split(';')[0]!;
    const page = await s.req('/review', { headers: { cookie, accept: 'text/html' } });
    const csrf = /<meta name="csrf-token" content="([^"]*)">/.exec(await page.text())?.[1] ?? '';
    const out = await s.req('/sign-out', {
      method: 'POST',
      headers: { cookie, origin: httpsOrigin, 'x-forwarded-proto': 'https', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(out.status).toBe(303);
    expect(flags(out)).toEqual(expect.arrayContaining(['secure', 'max-age=0']));
  });

  it('ignores X-Forwarded-Proto from a peer that is not a trusted proxy', async () => {
    const s = await serverWith({ secureCookies: false });
    const res = await signInCookie(s, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(303);
    expect(flags(res)).not.toContain('secure');
    // And our origin stays http: an https Origin is a cross-site post.
    const forged = await signInCookie(s, { 'x-forwarded-proto': 'https' }, s.url.replace('http:', 'https:'));
    expect(forged.status).toBe(403);
  });

  it('behind a trusted TLS proxy the same-origin check compares with the https origin', async () => {
    const s = await serverWith({ trustProxy: ['127.0.0.1'] });
    const httpsOrigin = s.url.replace('http:', 'https:');
    expect((await signInCookie(s, { 'x-forwarded-proto': 'https' }, httpsOrigin)).status).toBe(303);
    expect((await signInCookie(s, { 'x-forwarded-proto': 'https' }, s.url)).status).toBe(403);
    expect((await signInCookie(s, { 'x-forwarded-proto': 'https' }, 'https://evil.example')).status).toBe(403);
  });

  it('refuses a trusted-proxy list it cannot read, naming it', () => {
    expect(() => compileTrustProxy(['loopback', 'not-an-address'])).toThrow(/invalid trusted proxy list "loopback,not-an-address"/);
    expect(compileTrustProxy([])('127.0.0.1', 0)).toBe(false);
    expect(compileTrustProxy(['10.0.0.0/8'])('10.1.2.3', 0)).toBe(true);
  });
});
