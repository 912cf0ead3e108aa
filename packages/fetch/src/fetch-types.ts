export interface FetchOptions {
  /** false => refuse private/loopback/link-local/metadata/CGNAT/ULA/unspecified addresses, checked on the resolved IPs at connect time and on every redirect hop. */
  allowPrivateNetworks: boolean;
  /**
   * Exact `host:port` entries (port always written, e.g. `127.0.0.1:8080`, `example.com:443`)
   * exempt from the private-address check. Empty by default, so production stays guarded;
   * tests use it to reach their own loopback servers while still testing the guard.
   */
  allowHosts?: string[];
  userAgent: string;
  /** Overall deadline for the whole fetch, redirects and body included (default 30 s). Also bounds connect/headers/body-idle timeouts. */
  timeoutMs?: number;
  /** Body cap in bytes (default 10 MB), applied while streaming, to wire bytes and decompressed bytes alike. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Sent as If-None-Match when non-empty. */
  etag?: string | null;
  /** Sent as If-Modified-Since when non-empty. */
  lastModified?: string | null;
  /** Accept header (default prefers HTML, then XML, then anything). */
  accept?: string;
  /** MIME patterns (`text/*`, `*\/json`, `application/*+xml`) a 2xx body may have; default TEXT_CONTENT_TYPES. Unlabelled bodies are sniffed instead. */
  allowedContentTypes?: readonly string[];
  signal?: AbortSignal;
}

export interface FetchResult {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  notModified: boolean;
  contentType: string | null;
  /** Charset actually used to decode the body (null when no body was decoded). */
  charset: string | null;
  /** Decoded text: '' on 304 and on any non-2xx status (the error page is not read). */
  body: string;
  /** Bytes received on the wire for the final response (compressed size when compressed). */
  bytes: number;
  ms: number;
  /** Validators from the response; on a 304 that omits them, the ones we sent. */
  etag: string | null;
  lastModified: string | null;
  cacheControlMaxAgeS: number | null;
  retryAfterMs: number | null;
  /** Every URL redirected to, in order (finalUrl last when non-empty). */
  redirects: string[];
}
