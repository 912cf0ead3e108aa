import { describe, expect, it } from 'vitest';
import { safeNext } from '../src/auth/safe-next.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const ORIGIN = 'http://app.test:8080';

// Each value with where it may lead: a path of ours, or nowhere (null: the user's home page).
const CASES: [string, unknown, string | null][] = [
  ['plain path', '/review', '/review'],
  ['path with query and fragment', '/explorer?type=tonnage#chart', '/explorer?type=tonnage#chart'],
  ['dot segments inside our site', '/review/../explorer', '/explorer'],
  ['percent-encoded letters stay as they are', '/feeds%2Dold', '/feeds%2Dold'],
  ['protocol-relative', '//evil.example/x', null],
  ['backslash after the slash', '/\\evil.example', null],
  ['backslash later on', '/review\\..\\x', null],
  ['encoded tab before a second slash', '/%09/evil.example', null],
  ['raw tab before a second slash', '/\t/evil.example', null],
  ['raw CR LF (header splitting)', '/review\r\nSet-Cookie: x=1', null],
  ['encoded CR LF', '/review%0d%0aSet-Cookie:%20x=1', null],
  ['encoded slashes', '/%2F%2Fevil.example', null],
  ['encoded backslash', '/%5Cevil.example', null],
  ['double-encoded slashes', '/%252F%252Fevil.example', null],
  ['encoded NUL', '/review%00', null],
  ['dot segments folding into //host', '/..//evil.example', null],
  ['current-directory segment folding into //host', '/.//evil.example', null],
  ['absolute URL elsewhere', 'https://evil.example/', null],
  ['absolute URL of our own origin (not a path)', 'http://app.test:8080/review', null],
  ['javascript: URL', 'javascript:alert(1)', null],
  ['relative path', 'review', null],
  ['leading space', ' /review', null],
  ['trailing space', '/review ', null],
  ['line separator', '/review\u2028x', null],
  ['bidi override', '/review\u202ex', null],
  ['no-break space', '/review\u00a0x', null],
  ['malformed percent-encoding', '/review%E0%A4%A', null],
  ['too long', `/${'a'.repeat(3000)}`, null],
  ['empty', '', null],
  ['not a string', ['/review'], null],
  ['absent', undefined, null],
];

describe('safeNext', () => {
  it.each(CASES)('%s', (_name, next, expected) => {
    expect(safeNext(next, ORIGIN)).toBe(expected);
  });
});

describe('sign-in with a hostile next, over HTTP', () => {
  let t: TestServer;
  const post = (next: string) =>
    t.req('/sign-in', {
      method: 'POST',
      headers: { origin: t.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: t.tokens.reviewer, next }).toString(),
    });

  it('sends the reviewer home instead of off-site, and a CR/LF is no 500', async () => {
    t = await startTestServer();
    try {
      for (const next of ['/%09/evil.example', '/\t/evil.example', '/review\r\nSet-Cookie: x=1', '/..//evil.example', '/\\evil.example']) {
        const res = await post(next);
        expect(res.status, JSON.stringify(next)).toBe(303);
        expect(res.headers.get('location'), JSON.stringify(next)).toBe('/review');
      }
      const kept = await post('/review/history');
      expect(kept.headers.get('location')).toBe('/review/history');
      // The sign-in page does not carry a bad `next` into its form either.
      const page = await (await t.req(`/sign-in?next=${encodeURIComponent('/%09/evil.example')}`)).text();
      expect(page).toContain('<input type="hidden" name="next" value="">');
    } finally {
      await t.close();
    }
  });
});
