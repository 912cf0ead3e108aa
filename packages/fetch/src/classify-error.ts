import { RateLimitedError, RefusedError } from '@newsfacts/core';
import { FetchNetworkError, PrivateAddressError, type NetworkErrorCode } from './fetch-errors.ts';
import { PrivateAddressLookupError } from './guarded-agent.ts';

function* causes(err: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const queue = [err];
  while (queue.length) {
    const e = queue.shift();
    if (e === undefined || e === null || seen.has(e)) continue;
    seen.add(e);
    yield e;
    if (typeof e === 'object') {
      queue.push((e as { cause?: unknown }).cause);
      if (e instanceof AggregateError) queue.push(...e.errors);
    }
  }
}

const CODES: Record<string, NetworkErrorCode> = {
  UND_ERR_CONNECT_TIMEOUT: 'timeout', UND_ERR_HEADERS_TIMEOUT: 'timeout', UND_ERR_BODY_TIMEOUT: 'timeout',
  ETIMEDOUT: 'timeout', ENOTFOUND: 'dns', EAI_AGAIN: 'dns', EAI_FAIL: 'dns', EAI_NODATA: 'dns',
  ECONNREFUSED: 'connect', EHOSTUNREACH: 'connect', ENETUNREACH: 'connect', EADDRNOTAVAIL: 'connect',
  ECONNRESET: 'reset', EPIPE: 'reset', UND_ERR_SOCKET: 'reset', UND_ERR_CLOSED: 'reset',
};

function codeFamily(code: string): NetworkErrorCode | undefined {
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) return 'tls';
  // zlib and brotli failures: a corrupt or truncated compressed body.
  if (code.startsWith('Z_') || code.startsWith('ERR__ERROR') || code.includes('BROTLI')) return 'decode';
  return undefined;
}

/**
 * Maps whatever undici, net, tls or zlib threw into our vocabulary: policy refusals
 * and rate limits pass through, a private address found at DNS time becomes a
 * PrivateAddressError, and everything else a FetchNetworkError with a short code.
 */
export function classifyError(err: unknown, url: string, timedOut: boolean, timeoutMs: number, aborted: boolean): Error {
  if (err instanceof RefusedError || err instanceof RateLimitedError || err instanceof FetchNetworkError) return err;
  for (const e of causes(err)) {
    if (e instanceof PrivateAddressLookupError) return new PrivateAddressError(`refused ${url}: ${e.message}`);
    if (e instanceof RefusedError) return e;
  }
  if (timedOut) return new FetchNetworkError(`fetch ${url} timed out after ${timeoutMs} ms`, 'timeout', url, { cause: err });
  if (aborted) return new FetchNetworkError(`fetch ${url} was aborted`, 'aborted', url, { cause: err });
  for (const e of causes(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const kind = CODES[code] ?? codeFamily(code);
    if (kind) {
      const what = e instanceof Error ? e.message : code;
      return new FetchNetworkError(`fetch ${url} failed (${code}): ${what}`, kind, url, { cause: err });
    }
  }
  const message = err instanceof Error ? err.message : String(err);
  return new FetchNetworkError(`fetch ${url} failed: ${message}`, 'other', url, { cause: err });
}
