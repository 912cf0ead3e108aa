import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import proxyaddr from 'proxy-addr';
import type { AppEnv } from '../app-env.ts';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Compiles a proxy-addr trust list (IPs, CIDR ranges, `loopback`, `linklocal`, `uniquelocal`).
 * An empty list trusts no proxy, so forwarded headers are ignored. A bad entry throws at start-up.
 */
export function compileTrustProxy(list: readonly string[]): TrustProxy {
  try {
    return proxyaddr.compile([...list]);
  } catch (error) {
    throw new Error(`invalid trusted proxy list ${JSON.stringify(list.join(','))}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The Node request behind a hono context, when served by @hono/node-server. */
function peerAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? '';
}

function firstValue(header: string | undefined): string {
  return (header ?? '').split(',')[0]!.trim().toLowerCase();
}

/**
 * Resolves who is calling and which origin they called. X-Forwarded-For and X-Forwarded-Proto are
 * only believed when the peer is a trusted proxy: anyone else could set them to dodge the
 * per-client failure limit or to claim HTTPS.
 */
export function clientOrigin(trust: TrustProxy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const peer = peerAddress(c.env);
    const forwardedFor = c.req.header('x-forwarded-for');
    // proxy-addr reads only these fields of a Node request; hono hands us a fetch Request.
    const nodeLike = { headers: { 'x-forwarded-for': forwardedFor }, socket: { remoteAddress: peer }, connection: { remoteAddress: peer } };
    const clientIp = peer ? proxyaddr(nodeLike as unknown as IncomingMessage, trust) : 'unknown';
    const url = new URL(c.req.url);
    const proto = peer && trust(peer, 0) ? firstValue(c.req.header('x-forwarded-proto')) : '';
    const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
    c.set('clientIp', clientIp);
    // Through URL again so a default port (`:443` in a forwarded Host) drops out, as browsers drop it.
    c.set('origin', new URL(`${scheme}://${url.host}`).origin);
    return next();
  };
}
