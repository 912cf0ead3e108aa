import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MetricsBody } from './metrics-registry.ts';
import type { Readiness } from './readiness.ts';

export interface HealthServerOptions {
  host: string;
  /** 0 picks a free port (tests); callers decide what "disabled" means before getting here. */
  port: number;
  metrics(): Promise<MetricsBody>;
  readiness(): Promise<Readiness>;
  /** When set, /metrics wants `Authorization: Bearer <token>`; the probes stay open. */
  token?: string | null;
}

export interface HealthServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The worker processes' small listener: /healthz (the process answers), /readyz (it can do work)
 * and /metrics (Prometheus text). Plain node:http: three GET routes need no framework.
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => send(res, 500, 'application/json', JSON.stringify({ error: error instanceof Error ? error.message : String(error) })));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: HealthServerOptions): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'application/json', '{"error":"method not allowed"}');
  if (path === '/healthz') return send(res, 200, 'application/json', '{"ok":true}');
  if (path === '/readyz') {
    const readiness = await options.readiness();
    return send(res, readiness.ready ? 200 : 503, 'application/json', JSON.stringify(readiness));
  }
  if (path === '/metrics') {
    if (!bearerMatches(req.headers.authorization, options.token)) {
      res.setHeader('www-authenticate', 'Bearer');
      return send(res, 401, 'application/json', '{"error":"send Authorization: Bearer <NEWSFACTS_METRICS_TOKEN>"}');
    }
    const { contentType, body } = await options.metrics();
    return send(res, 200, contentType, body);
  }
  send(res, 404, 'application/json', '{"error":"not found"}');
}

/** True when no token is configured, or the header carries exactly that token. */
export function bearerMatches(header: string | undefined, token: string | null | undefined): boolean {
  if (!token) return true;
  const sent = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}
