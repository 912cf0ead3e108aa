import { RefusedError } from '@newsfacts/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFetchAgents, fetchText, InvalidUrlError, PrivateAddressError } from '../src/index.ts';
import { optionsFor, startServer, UA, type TestServer } from './test-server.ts';

let inside: TestServer; // stands in for an internal service that must stay unreachable
let outside: TestServer; // stands in for a public site (allow-listed)

beforeAll(async () => {
  inside = await startServer((_req, res) => res.end('internal secret'));
  outside = await startServer((req, res) => {
    const to = new URL(req.url!, 'http://x').searchParams.get('to');
    if (to) {
      res.writeHead(302, { location: to });
      return res.end();
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<p>public page</p>');
  });
});
afterAll(async () => {
  await Promise.all([inside.close(), outside.close(), closeFetchAgents()]);
});

const guarded = { allowPrivateNetworks: false, userAgent: UA, timeoutMs: 5000 };

describe('SSRF guard', () => {
  it('refuses a loopback IP literal without connecting', async () => {
    await expect(fetchText(`${inside.url}/`, guarded)).rejects.toBeInstanceOf(PrivateAddressError);
    expect(inside.requests).toHaveLength(0);
  });

  it('refuses the cloud metadata address 169.254.169.254', async () => {
    const err = await fetchText('http://169.254.169.254/latest/meta-data/', guarded).catch((e) => e);
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(err).toBeInstanceOf(RefusedError);
    expect(err.message).toContain('169.254.169.254');
  });

  it('refuses IPv6 loopback and IPv4-mapped loopback literals', async () => {
    await expect(fetchText('http://[::1]/', guarded)).rejects.toBeInstanceOf(PrivateAddressError);
    await expect(fetchText('http://[::ffff:127.0.0.1]/', guarded)).rejects.toBeInstanceOf(PrivateAddressError);
  });

  it('refuses a host NAME that resolves to loopback, checked on the resolved address at connect time', async () => {
    const port = new URL(inside.url).port;
    const err = await fetchText(`http://localhost:${port}/`, guarded).catch((e) => e);
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(err.message).toMatch(/localhost resolves to private address/);
    expect(inside.requests).toHaveLength(0);
  });

  it('refuses a redirect from an allowed host to a private one, and never calls the private one', async () => {
    const err = await fetchText(`${outside.url}/?to=${encodeURIComponent(`${inside.url}/admin`)}`, optionsFor(outside)).catch((e) => e);
    expect(err).toBeInstanceOf(PrivateAddressError);
    expect(inside.requests).toHaveLength(0);
    expect(outside.requests.length).toBeGreaterThan(0);
  });

  it('refuses a redirect to the metadata address', async () => {
    const to = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    await expect(fetchText(`${outside.url}/?to=${to}`, optionsFor(outside))).rejects.toBeInstanceOf(PrivateAddressError);
  });

  it('refuses non-http schemes, directly and through a redirect', async () => {
    await expect(fetchText('file:///etc/passwd', guarded)).rejects.toBeInstanceOf(InvalidUrlError);
    await expect(fetchText('not a url', guarded)).rejects.toBeInstanceOf(InvalidUrlError);
    const to = encodeURIComponent('file:///etc/passwd');
    await expect(fetchText(`${outside.url}/?to=${to}`, optionsFor(outside))).rejects.toBeInstanceOf(InvalidUrlError);
  });

  it('reaches private addresses when allowPrivateNetworks is set', async () => {
    const res = await fetchText(`${inside.url}/`, { ...guarded, allowPrivateNetworks: true });
    expect(res.status).toBe(200);
    expect(res.body).toBe('internal secret');
  });

  it('allowHosts is an exact host:port match', async () => {
    const port = Number(new URL(outside.url).port);
    const wrongPort = { ...guarded, allowHosts: [`127.0.0.1:${port + 1}`] };
    await expect(fetchText(`${outside.url}/`, wrongPort)).rejects.toBeInstanceOf(PrivateAddressError);
    const res = await fetchText(`${outside.url}/`, optionsFor(outside));
    expect(res.body).toBe('<p>public page</p>');
  });
});
