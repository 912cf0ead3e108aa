import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeFetchAgents, fetchText } from '../src/index.ts';
import { optionsFor, startServer, type TestServer } from './test-server.ts';

// Our own sentences. Hand-checked bytes: in windows-1252 "é" is E9, "’" is 92, "—" is 97;
// in GB2312/GB18030 "中国" is D6 D0 B9 FA.
const FRENCH = 'Le marché du néodyme — l’offre a baissé de 12 %';
const FRENCH_1252 = Buffer.from('Le march\xe9 du n\xe9odyme \x97 l\x92offre a baiss\xe9 de 12 %', 'latin1');
const CHINESE = '中国稀土出口管制：氧化镝出口量下降28.7%';

let server: TestServer;
const routes = new Map<string, { headers: Record<string, string>; body: Buffer }>();

function page(title: string, head = ''): string {
  return `<!doctype html><html><head>${head}<title>x</title></head><body><p>${title}</p></body></html>`;
}

beforeAll(async () => {
  const html = 'text/html';
  const add = (path: string, contentType: string, body: Buffer, extra: Record<string, string> = {}) =>
    routes.set(path, { headers: { 'content-type': contentType, ...extra }, body });
  const utf8 = Buffer.from(page(FRENCH, '<meta charset="utf-8">'));
  add('/gzip', 'text/html; charset=utf-8', zlib.gzipSync(utf8), { 'content-encoding': 'gzip' });
  add('/br', 'text/html; charset=utf-8', zlib.brotliCompressSync(utf8), { 'content-encoding': 'br' });
  add('/deflate', 'text/html; charset=utf-8', zlib.deflateSync(utf8), { 'content-encoding': 'deflate' });
  add('/deflate-raw', 'text/html; charset=utf-8', zlib.deflateRawSync(utf8), { 'content-encoding': 'deflate' });
  add('/1252-header', 'text/html; charset=windows-1252', Buffer.concat([Buffer.from('<p>'), FRENCH_1252, Buffer.from('</p>')]));
  add('/latin1-header', 'text/html; charset=ISO-8859-1', Buffer.concat([Buffer.from('<p>'), FRENCH_1252, Buffer.from('</p>')]));
  add('/1252-meta', html, Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>'),
    FRENCH_1252, Buffer.from('</p></body></html>'),
  ]));
  add('/1252-undeclared', html, Buffer.concat([Buffer.from('<p>'), FRENCH_1252, Buffer.from('</p>')]));
  add('/gb18030-header', 'text/html; charset=GB18030', iconv.encode(page(CHINESE), 'gb18030'));
  add('/gb2312-meta', html, Buffer.concat([
    Buffer.from('<html><head><meta charset="gb2312"></head><body><p>'),
    Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]), iconv.encode(CHINESE.slice(2), 'gb18030'), Buffer.from('</p></body></html>'),
  ]));
  add('/utf8-bom', 'text/html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${FRENCH}</p>`)]));
  add('/utf8-bom-wrong-header', 'text/html; charset=windows-1252', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${CHINESE}</p>`)]));
  add('/utf16-bom', 'text/html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${CHINESE}</p>`, 'utf16le')]));
  add('/xml-decl', 'application/rss+xml', Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>'), FRENCH_1252, Buffer.from('</title></channel></rss>'),
  ]));
  add('/gzip-file.xml.gz', 'application/x-gzip', zlib.gzipSync('<?xml version="1.0"?><urlset><url><loc>https://example.org/a</loc></url></urlset>'));
  server = await startServer((req, res) => {
    const route = routes.get(new URL(req.url!, 'http://x').pathname);
    if (!route) return res.writeHead(404).end();
    res.writeHead(200, route.headers);
    res.end(route.body);
  });
});
afterAll(async () => {
  await Promise.all([server.close(), closeFetchAgents()]);
});

const get = (path: string) => fetchText(`${server.url}${path}`, optionsFor(server));

describe('content encodings', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decompresses %s', async (path) => {
    const res = await get(path);
    expect(res.body).toContain(`<p>${FRENCH}</p>`);
    expect(res.charset).toBe('utf-8');
    expect(res.bytes).toBe(routes.get(path)!.body.length);
  });

  it('announces the encodings it can decode', async () => {
    await get('/gzip');
    expect(server.requests.at(-1)!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('unpacks a gzip file served as application/x-gzip (sitemap.xml.gz)', async () => {
    const res = await get('/gzip-file.xml.gz');
    expect(res.body).toContain('<loc>https://example.org/a</loc>');
  });
});

describe('charsets', () => {
  it('decodes windows-1252 named in the Content-Type header', async () => {
    const res = await get('/1252-header');
    expect(res.body).toBe(`<p>${FRENCH}</p>`);
    expect(res.charset).toBe('windows-1252');
  });

  it('reads ISO-8859-1 labels as windows-1252, as browsers do', async () => {
    const res = await get('/latin1-header');
    expect(res.body).toBe(`<p>${FRENCH}</p>`);
    expect(res.charset).toBe('windows-1252');
  });

  it('decodes windows-1252 named by <meta http-equiv>', async () => {
    const res = await get('/1252-meta');
    expect(res.body).toContain(`<p>${FRENCH}</p>`);
    expect(res.charset).toBe('windows-1252');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', async () => {
    const res = await get('/1252-undeclared');
    expect(res.body).toBe(`<p>${FRENCH}</p>`);
  });

  it('decodes GB18030 named in the header', async () => {
    const res = await get('/gb18030-header');
    expect(res.body).toContain(`<p>${CHINESE}</p>`);
    expect(res.charset).toBe('gb18030');
  });

  it('decodes a <meta charset="gb2312"> page with the GB18030 superset', async () => {
    const res = await get('/gb2312-meta');
    expect(res.body).toContain(`<p>${CHINESE}</p>`);
    expect(res.charset).toBe('gb18030');
  });

  it('honours a UTF-8 BOM and strips it', async () => {
    const res = await get('/utf8-bom');
    expect(res.body).toBe(`<p>${FRENCH}</p>`);
  });

  it('lets a BOM win over a contradicting header charset', async () => {
    const res = await get('/utf8-bom-wrong-header');
    expect(res.body).toBe(`<p>${CHINESE}</p>`);
    expect(res.charset).toBe('utf-8');
  });

  it('decodes UTF-16LE with a BOM', async () => {
    const res = await get('/utf16-bom');
    expect(res.body).toBe(`<p>${CHINESE}</p>`);
    expect(res.charset).toBe('utf-16le');
  });

  it('uses the XML declaration encoding for feeds', async () => {
    const res = await get('/xml-decl');
    expect(res.body).toContain(`<title>${FRENCH}</title>`);
    expect(res.charset).toBe('windows-1252');
  });
});
