import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set to true by scripts/build.mjs, which copies the fixture site beside the built CLI. */
declare const __NEWSFACTS_BUNDLE__: boolean | undefined;

export const FIXTURE_SITE_DIR =
  typeof __NEWSFACTS_BUNDLE__ !== 'undefined' ? fileURLToPath(new URL('./fixture-site', import.meta.url)) : resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../fixtures/site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureSite {
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the bundled fixture site on loopback. Feeds hold `{{BASE_URL}}` so their links point
 * back at whatever port this server got.
 */
export async function startFixtureSite(options: { root?: string; port?: number } = {}): Promise<FixtureSite> {
  const root = options.root ?? FIXTURE_SITE_DIR;
  let baseUrl = '';
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const relative = path === '/' ? 'index.html' : normalize(path).replace(/^([/\\])+/, '');
      const file = resolve(root, relative);
      if (!file.startsWith(root + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      const body = (await readFile(file, 'utf8')).replaceAll('{{BASE_URL}}', baseUrl);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const notFound = await readFile(join(root, 'not-found.html'), 'utf8').catch(() => 'not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }
  });
  const port = await listen(server, options.port ?? 0).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || !options.port) throw error;
    return listen(server, 0); // the preferred port is taken: any free one will do
  });
  baseUrl = `http://127.0.0.1:${port}`;
  return { baseUrl, port, close: () => new Promise((r) => server.close(() => r())) };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
  });
}
