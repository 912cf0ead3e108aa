import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses a body past `maxBytes` with 413 before any of it is parsed: a declared Content-Length
 * is refused unread, a chunked body as soon as it passes the limit. `Connection: close` tells the
 * client to stop sending; the server drops whatever it still sends.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => c.json({ error: `request body is larger than ${maxBytes} bytes` }, 413, { Connection: 'close' }),
  });
}
