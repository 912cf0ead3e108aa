import { isIP } from 'node:net';
import zlib from 'node:zlib';
import { RateLimitedError } from '@newsfacts/core';
import { request, type Dispatcher } from 'undici';
import { classifyError } from './classify-error.ts';
import { HTML_ACCEPT, isGzipFileType, isUnlabelled, looksBinary, mimeMatches, parseContentType, TEXT_CONTENT_TYPES } from './content-type.ts';
import { decodeBody } from './decode-charset.ts';
import { BodyTooLargeError, ContentTypeRefusedError, InvalidUrlError, PrivateAddressError, RedirectError } from './fetch-errors.ts';
import type { FetchOptions, FetchResult } from './fetch-types.ts';
import { getAgent } from './guarded-agent.ts';
import { isPrivateAddress } from './private-address.ts';
import { decodersFor, readBody } from './read-body.ts';
import { header, parseMaxAgeSeconds, parseRetryAfter } from './response-headers.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
/** A 429 without Retry-After still means "slow down"; wait this long. */
export const DEFAULT_RATE_LIMIT_MS = 60_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function parseTarget(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new InvalidUrlError(`not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InvalidUrlError(`refusing ${u.protocol} URL ${raw}`);
  return u;
}

/** Whether this hop may skip the private-address guard, after refusing private IP literals up front. */
function checkHost(u: URL, options: FetchOptions): boolean {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = u.port || (u.protocol === 'https:' ? '443' : '80');
  if (options.allowPrivateNetworks || options.allowHosts?.includes(`${u.hostname}:${port}`)) return true;
  // IP literals never go through DNS lookup, so the connect-time guard cannot see them.
  if (isIP(host) && isPrivateAddress(host)) throw new PrivateAddressError(`refused ${u.href}: ${host} is a private address`);
  return false;
}

function requestHeaders(options: FetchOptions): Record<string, string> {
  const h: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? HTML_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) h['if-none-match'] = options.etag;
  if (options.lastModified) h['if-modified-since'] = options.lastModified;
  return h;
}

async function discard(res: Dispatcher.ResponseData): Promise<void> {
  await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

/**
 * GET a URL and return its decoded text, following redirects by hand so every hop is
 * checked by the SSRF guard. Throws RefusedError subclasses for policy refusals,
 * RateLimitedError for 429 (and 503 with Retry-After), FetchNetworkError for transport
 * failures and timeouts. Every other HTTP status is returned, with an empty body.
 */
export async function fetchText(url: string, options: FetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const requestedUrl = url.trim();
  const redirects: string[] = [];
  let current = parseTarget(requestedUrl);
  const visited = new Set([current.href]);
  try {
    for (;;) {
      const exempt = checkHost(current, options);
      const res = await request(current, {
        method: 'GET',
        headers: requestHeaders(options),
        dispatcher: getAgent(!exempt, Math.min(timeoutMs, 10_000)),
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const location = header(res.headers, 'location');
      if (REDIRECT_STATUSES.has(res.statusCode) && location) {
        await discard(res);
        const next = parseTarget(new URL(location, current).href);
        if (visited.has(next.href)) throw new RedirectError(`redirect loop: ${current.href} -> ${next.href}`);
        redirects.push(next.href);
        if (redirects.length > maxRedirects) throw new RedirectError(`more than ${maxRedirects} redirects from ${requestedUrl}`);
        visited.add(next.href);
        current = next;
        continue;
      }
      return await finish(res, { requestedUrl, finalUrl: current.href, redirects, started, maxBytes, options });
    }
  } catch (err) {
    throw classifyError(err, current.href, deadline.aborted, timeoutMs, options.signal?.aborted ?? false);
  }
}

interface FinishContext {
  requestedUrl: string;
  finalUrl: string;
  redirects: string[];
  started: number;
  maxBytes: number;
  options: FetchOptions;
}

async function finish(res: Dispatcher.ResponseData, ctx: FinishContext): Promise<FetchResult> {
  const h = res.headers;
  const status = res.statusCode;
  const date = header(h, 'date');
  const retryAfterMs = parseRetryAfter(header(h, 'retry-after'), date, Date.now());
  const base: FetchResult = {
    requestedUrl: ctx.requestedUrl,
    finalUrl: ctx.finalUrl,
    status,
    notModified: status === 304,
    contentType: header(h, 'content-type'),
    charset: null,
    body: '',
    bytes: 0,
    ms: 0,
    etag: header(h, 'etag'),
    lastModified: header(h, 'last-modified'),
    cacheControlMaxAgeS: parseMaxAgeSeconds(header(h, 'cache-control'), header(h, 'expires'), date),
    retryAfterMs,
    redirects: ctx.redirects,
  };
  const done = (extra: Partial<FetchResult>): FetchResult => ({ ...base, ...extra, ms: Math.round(performance.now() - ctx.started) });

  if (status === 429 || (status === 503 && retryAfterMs !== null)) {
    await discard(res);
    const wait = retryAfterMs ?? DEFAULT_RATE_LIMIT_MS;
    throw new RateLimitedError(`${ctx.finalUrl} answered ${status}; retry after ${Math.round(wait / 1000)} s`, wait);
  }
  if (status === 304) {
    await discard(res);
    return done({ etag: base.etag ?? ctx.options.etag ?? null, lastModified: base.lastModified ?? ctx.options.lastModified ?? null });
  }
  if (status < 200 || status >= 300) {
    await discard(res);
    return done({});
  }
  try {
    return done(await readText(res, ctx));
  } catch (err) {
    // Close the socket on any failure mid-body so a refused 50 MB body stops downloading.
    // undici reports its own destroy as an 'error' event; nobody else is listening now.
    res.body.on('error', () => undefined);
    res.body.destroy();
    throw err;
  }
}

async function readText(res: Dispatcher.ResponseData, ctx: FinishContext): Promise<Partial<FetchResult>> {
  const ct = parseContentType(header(res.headers, 'content-type'));
  const gzipFile = isGzipFileType(ct?.mime ?? null) && !header(res.headers, 'content-encoding');
  const mime = gzipFile ? null : (ct?.mime ?? null);
  if (!isUnlabelled(mime) && !mimeMatches(mime!, ctx.options.allowedContentTypes ?? TEXT_CONTENT_TYPES)) {
    throw new ContentTypeRefusedError(`refused ${ctx.finalUrl}: content type ${mime} is not accepted`);
  }
  const declared = Number(header(res.headers, 'content-length'));
  if (declared > ctx.maxBytes) {
    throw new BodyTooLargeError(`refused ${ctx.finalUrl}: Content-Length ${declared} exceeds the ${ctx.maxBytes}-byte cap`);
  }
  const decoders = decodersFor(header(res.headers, 'content-encoding'));
  if (gzipFile) decoders.push(zlib.createGunzip());
  const { bytes, wireBytes } = await readBody(res.body, decoders, ctx.maxBytes, ctx.finalUrl);
  if (isUnlabelled(mime) && looksBinary(bytes.subarray(0, 1024))) {
    throw new ContentTypeRefusedError(`refused ${ctx.finalUrl}: unlabelled body looks binary`);
  }
  const decoded = decodeBody(bytes, ct?.charset ?? null);
  return { body: decoded.text, charset: decoded.charset, bytes: wireBytes };
}
