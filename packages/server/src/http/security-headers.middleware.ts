import type { MiddlewareHandler } from 'hono';

const BASE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * bull-board's bundled UI sets inline styles and a <base href>; its scripts are still files served
 * from 'self', so script-src stays strict there too.
 */
const BOARD_CSP = BASE_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'").replace("base-uri 'none'", "base-uri 'self'");

/** Article text is hostile: no inline script can run, nothing may frame us, no MIME sniffing. */
export function securityHeaders(boardPath: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', c.req.path.startsWith(boardPath) ? BOARD_CSP : BASE_CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
  };
}
