import zlib from 'node:zlib';
import { RefusedError } from '@newsfacts/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyTooLargeError, closeFetchAgents, FetchNetworkError, fetchText } from '../src/index.ts';
import { optionsFor, startServer, type TestServer } from './test-server.ts';

const FIFTY_MB = 50 * 1024 * 1024;
let server: TestServer;
let bomb: Buffer;
/** Bytes the 50 MB handler managed to write before the client hung up. */
const sent = { bytes: 0, finished: false };

beforeAll(async () => {
  // 32 MB of zeros squeeze into ~32 KB of gzip: a small compression bomb.
  bomb = zlib.gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 9 });
  server = await startServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/trickle') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/slow-headers') return void setTimeout(() => res.end('late'), 5000).unref();
    if (path === '/huge' || path === '/huge-declared') {
      sent.bytes = 0;
      sent.finished = false;
      const headers: Record<string, string | number> = { 'content-type': 'text/html' };
      if (path === '/huge-declared') headers['content-length'] = FIFTY_MB;
      res.writeHead(200, headers);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (sent.bytes < FIFTY_MB) {
          sent.bytes += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        sent.finished = true;
        res.end();
      };
      res.on('close', () => res.removeAllListeners('drain'));
      return pump();
    }
    if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length });
      return res.end(bomb);
    }
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await Promise.all([server.close(), closeFetchAgents()]);
});

describe('timeouts and size caps', () => {
  it('times out a server that trickles bytes forever', async () => {
    const err = await fetchText(`${server.url}/trickle`, { ...optionsFor(server), timeoutMs: 800 }).catch((e) => e);
    expect(err).toBeInstanceOf(FetchNetworkError);
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/timed out after 800 ms/);
  });

  it('times out a server that never sends headers', async () => {
    const err = await fetchText(`${server.url}/slow-headers`, { ...optionsFor(server), timeoutMs: 500 }).catch((e) => e);
    expect(err).toBeInstanceOf(FetchNetworkError);
    expect(err.code).toBe('timeout');
  });

  it('aborts a streamed 50 MB body at the 10 MB default cap without reading it all', async () => {
    const err = await fetchText(`${server.url}/huge`, optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect(err).toBeInstanceOf(RefusedError);
    expect(err.message).toMatch(/10485760-byte cap/);
    await new Promise((r) => setTimeout(r, 50));
    expect(sent.finished).toBe(false);
    expect(sent.bytes).toBeLessThan(FIFTY_MB);
  });

  it('refuses a declared 50 MB Content-Length before reading the body', async () => {
    const err = await fetchText(`${server.url}/huge-declared`, optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect(err.message).toMatch(/Content-Length 52428800/);
  });

  it('applies the cap to decompressed bytes, defeating a gzip bomb', async () => {
    const err = await fetchText(`${server.url}/bomb`, optionsFor(server)).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
    expect(err.message).toMatch(/\(decoded\)/);
  });

  it('honours a smaller maxBytes', async () => {
    const err = await fetchText(`${server.url}/huge`, { ...optionsFor(server), maxBytes: 100_000 }).catch((e) => e);
    expect(err).toBeInstanceOf(BodyTooLargeError);
  });

  it('reports a refused connection as a network error', async () => {
    const dead = await startServer(() => undefined);
    await dead.close();
    const err = await fetchText(`${dead.url}/`, optionsFor(dead)).catch((e) => e);
    expect(err).toBeInstanceOf(FetchNetworkError);
    expect(err.code).toBe('connect');
  });

  it('passes a caller abort through as an aborted network error', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const err = await fetchText(`${server.url}/trickle`, { ...optionsFor(server), signal: controller.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(FetchNetworkError);
    expect(err.code).toBe('aborted');
  });
});
