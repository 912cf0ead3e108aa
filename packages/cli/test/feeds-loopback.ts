import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { schedulePolls, waitUntilIdle } from '../src/index.ts';
import type { startTestPipeline } from './test-pipeline.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server whose routes a test sets; counts and times every request by path. */
export interface LoopbackSite {
  base: string;
  port: number;
  routes: Record<string, Handler>;
  hits: Record<string, number>;
  /** performance.now() of each request, by path. */
  times: Record<string, number[]>;
  close(): Promise<void>;
}

export async function startLoopbackSite(): Promise<LoopbackSite> {
  const routes: Record<string, Handler> = {};
  const hits: Record<string, number> = {};
  const times: Record<string, number[]> = {};
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    (times[path] ??= []).push(performance.now());
    const route = routes[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    routes,
    hits,
    times,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/**
 * An article page whose body differs by `n` in every paragraph: the store de-duplicates by body
 * text, so pages that differ only in their title would be stored once.
 */
export function articlePage(title: string, n: number): string {
  return `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
<p>Exports of gallium fell ${n}.5% in September to ${n + 3}.2 tonnes, the customs agency said on Monday, as licences issued by Beijing remained scarce for buyers in Japan and South Korea.</p>
<p>Traders said prices had risen by about ${n + 20}% since the restrictions took effect in August, and expected shortages of germanium wafers to last well into the first quarter of next year.</p>
<p>Refiners in Europe said they held stocks for roughly ${n + 6} weeks of output and were seeking supply from Canada and Australia, where ${n + 2} new projects are under study.</p>
</article><footer>Copyright Example Wire</footer></body></html>`;
}

export const rssFeed = (base: string, slugs: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${base}/</link><description>t</description>${slugs
    .map((s) => `<item><title>${s}</title><link>${base}/a/${s}.html</link><guid>${base}/a/${s}.html</guid></item>`)
    .join('')}</channel></rss>`;

/** Polls every active feed once and waits until every queue is empty. */
export async function pollRound(env: Awaited<ReturnType<typeof startTestPipeline>>, name: string, timeoutMs = 30_000): Promise<void> {
  await schedulePolls(env.pipeline.store!, env.pipeline.queues, { now: new Date(), force: name });
  expect(await waitUntilIdle(env.pipeline.queues, { timeoutMs })).toBe(true);
}
