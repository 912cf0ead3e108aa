import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

/** Set to true by scripts/build.mjs: the built CLI carries these files in its own dist folder. */
declare const __NEWSFACTS_BUNDLE__: boolean | undefined;

const FILES: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'common.js': 'text/javascript; charset=utf-8',
  'review.js': 'text/javascript; charset=utf-8',
  'explorer.js': 'text/javascript; charset=utf-8',
  'article.js': 'text/javascript; charset=utf-8',
};

/** The page scripts and styles, read once; a fixed list, so no path from the URL reaches the disk. */
export function staticRoutes(): Hono {
  const dir = typeof __NEWSFACTS_BUNDLE__ !== 'undefined' ? new URL('./static/', import.meta.url) : new URL('../../static/', import.meta.url);
  const loaded = new Map(Object.entries(FILES).map(([name, type]) => [name, { body: readFileSync(new URL(name, dir)), type }]));
  const app = new Hono();
  app.get('/static/:file', (c) => {
    const file = loaded.get(c.req.param('file'));
    if (!file) return c.notFound();
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache' });
  });
  return app;
}
