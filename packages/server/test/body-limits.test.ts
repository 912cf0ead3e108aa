import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const MAX = 4096;
const SIGN_IN_MAX = 1024;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ security: { maxBodyBytes: MAX, signInMaxBodyBytes: SIGN_IN_MAX } });
});
afterAll(async () => {
  await t.close();
});

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

/** Declares `declared` bytes, sends only `sent`, and returns the status once the server answers. */
function postDeclaring(path: string, declared: number, sent: number): Promise<{ status: number; body: string }> {
  const url = new URL(path, t.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-length': String(declared), 'content-type': 'application/x-www-form-urlencoded', origin: t.url } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.write(Buffer.alloc(sent, 'a'));
    // The rest is never sent: an answer proves the server refused without waiting for it.
  });
}

describe('request body limits', () => {
  it('refuses a sign-in body past its own cap with 413 and a message, before reading it', async () => {
    const res = await t.req('/sign-in', form({ token: t.tokens.reviewer, pad: 'x'.repeat(SIGN_IN_MAX) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe(`request body is larger than ${SIGN_IN_MAX} bytes`);
    const declared = await postDeclaring('/sign-in', 400 * 1024 * 1024, 64 * 1024);
    expect(declared.status).toBe(413);
    expect(declared.body).toContain(`larger than ${SIGN_IN_MAX} bytes`);
  });

  it('still signs in with a body under the cap', async () => {
    const res = await t.req('/sign-in', form({ token: t.tokens.reviewer, pad: 'x'.repeat(SIGN_IN_MAX / 2) }));
    expect(res.status).toBe(303);
  });

  it('refuses an API body past the general cap even when it is not JSON: the size is checked first', async () => {
    const res = await t.req('/api/feeds', { method: 'POST', token: t.tokens.operator, headers: { 'content-type': 'application/json' }, body: 'not json '.repeat(MAX / 8) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe(`request body is larger than ${MAX} bytes`);
    const small = await t.req('/api/feeds', { method: 'POST', token: t.tokens.operator, headers: { 'content-type': 'application/json' }, body: 'not json' });
    expect(small.status).toBe(400);
  });

  it('counts a chunked body as it arrives and refuses it once it passes the cap', async () => {
    let pushed = 0;
    const chunk = new Uint8Array(1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pushed += chunk.length;
        if (pushed > 64 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    // A stream body goes out with Transfer-Encoding: chunked: no Content-Length to refuse it by.
    const res = await fetch(`${t.url}/api/feeds`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.operator}`, 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('a feed added with a body under the cap is stored', async () => {
    const res = await t.req('/api/feeds', { method: 'POST', token: t.tokens.operator, json: { url: 'https://feeds.example/under-cap.xml' } });
    expect(res.status).toBe(201);
  });
});

describe('CSRF checks and bearer tokens', () => {
  it('takes a bearer POST without Content-Type or Origin (scripts carry no ambient credential)', async () => {
    const bare = await fetch(`${t.url}/api/review/next`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.reviewer}` } });
    expect(bare.status).toBe(200);
    expect(bare.headers.get('content-type')).toMatch(/json/);
    const bytes = await fetch(`${t.url}/api/feeds`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.operator}` }, body: new TextEncoder().encode(JSON.stringify({ url: 'https://feeds.example/no-content-type.xml' })) });
    expect(bytes.status).toBe(201);
  });

  it('a wrong bearer token on such a POST is still a 401, never a pass', async () => {
    const res = await fetch(`${t.url}/api/feeds`, { method: 'POST', headers: { authorization: 'Bearer nf_not-a-token' }, body: new TextEncoder().encode('{"url":"https://feeds.example/z.xml"}') });
    expect(res.status).toBe(401);
  });

  it('keeps both CSRF checks on cookie writes', async () => {
    const signed = await t.req('/sign-in', form({ token: t.tokens.operator }));
    const cookie = (signed.headers.get('set-cookie') ?? '').split(';')[0]!;
    // A cross-site form post without Origin-matching headers.
    const crossSite = await t.req('/feeds', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'url=https%3A%2F%2Ffeeds.example%2Fcsrf.xml' });
    expect(crossSite.status).toBe(403);
    // Same origin but no session CSRF token.
    const noToken = await t.req('/api/feeds', { method: 'POST', headers: { cookie }, json: { url: 'https://feeds.example/csrf.xml' } });
    expect(noToken.status).toBe(403);
    expect((await t.store.db.selectFrom('feeds').select('id').where('url', '=', 'https://feeds.example/csrf.xml').execute()).length).toBe(0);
  });
});
