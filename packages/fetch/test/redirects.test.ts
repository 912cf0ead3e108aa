import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFetchAgents, fetchText, RedirectError } from '../src/index.ts';
import { optionsFor, startServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    const hop = /^\/chain\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(n > 0 ? 301 : 200, n > 0 ? { location: `/chain/${n - 1}` } : { 'content-type': 'text/plain' });
      return res.end(n > 0 ? '' : 'end of chain');
    }
    if (path === '/loop-a') return res.writeHead(302, { location: '/loop-b' }).end();
    if (path === '/loop-b') return res.writeHead(307, { location: `${server.url}/loop-a` }).end();
    if (path === '/self') return res.writeHead(308, { location: '/self' }).end();
    if (path === '/no-location') return res.writeHead(302).end();
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await Promise.all([server.close(), closeFetchAgents()]);
});

describe('redirects', () => {
  it('follows relative redirects and reports each hop', async () => {
    const res = await fetchText(`${server.url}/chain/3`, optionsFor(server));
    expect(res.status).toBe(200);
    expect(res.body).toBe('end of chain');
    expect(res.requestedUrl).toBe(`${server.url}/chain/3`);
    expect(res.finalUrl).toBe(`${server.url}/chain/0`);
    expect(res.redirects).toEqual([`${server.url}/chain/2`, `${server.url}/chain/1`, `${server.url}/chain/0`]);
  });

  it('allows exactly maxRedirects hops (default 5) and refuses one more', async () => {
    await expect(fetchText(`${server.url}/chain/5`, optionsFor(server))).resolves.toMatchObject({ status: 200 });
    const err = await fetchText(`${server.url}/chain/6`, optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(RedirectError);
    expect(err.message).toMatch(/more than 5 redirects/);
    await expect(fetchText(`${server.url}/chain/2`, { ...optionsFor(server), maxRedirects: 1 })).rejects.toBeInstanceOf(RedirectError);
  });

  it('detects a two-step loop and a self-redirect before the limit', async () => {
    const before = server.requests.length;
    const err = await fetchText(`${server.url}/loop-a`, { ...optionsFor(server), maxRedirects: 50 }).catch((e) => e);
    expect(err).toBeInstanceOf(RedirectError);
    expect(err.message).toMatch(/redirect loop/);
    expect(server.requests.length - before).toBe(2);
    await expect(fetchText(`${server.url}/self`, optionsFor(server))).rejects.toThrow(/redirect loop/);
  });

  it('returns a 3xx without Location as a status', async () => {
    const res = await fetchText(`${server.url}/no-location`, optionsFor(server));
    expect(res.status).toBe(302);
    expect(res.body).toBe('');
  });
});
