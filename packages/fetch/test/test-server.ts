import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** host:port, for FetchOptions.allowHosts */
  host: string;
  /** Requests received, in order. */
  requests: http.IncomingMessage[];
  close(): Promise<void>;
}

/** A real HTTP server on a random loopback port. */
export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const UA = 'newsfacts-test/0.1 (+https://example.org/newsfacts)';

/** Options that reach only the given test servers: the private-address guard stays on for everything else. */
export function optionsFor(...servers: TestServer[]) {
  return { allowPrivateNetworks: false, allowHosts: servers.map((s) => s.host), userAgent: UA };
}
