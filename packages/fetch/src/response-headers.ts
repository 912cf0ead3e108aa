type Headers = Record<string, string | string[] | undefined>;

/** One header value; repeated headers are joined as HTTP allows for list-valued ones. */
export function header(headers: Headers, name: string): string | null {
  const v = headers[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join(', ') : v;
}

/**
 * Retry-After as milliseconds from now: delta-seconds, or an HTTP-date measured against
 * the response's own Date header when present (so our clock skew does not matter).
 */
export function parseRetryAfter(value: string | null, dateHeader: string | null, nowMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  const serverNow = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  const reference = Number.isNaN(serverNow) ? nowMs : serverNow;
  return Math.max(0, at - reference);
}

/**
 * Freshness lifetime in seconds: `max-age` from Cache-Control (`no-store`/`no-cache`
 * count as 0), else Expires minus Date. Null when the server says nothing.
 */
export function parseMaxAgeSeconds(cacheControl: string | null, expires: string | null, dateHeader: string | null): number | null {
  if (cacheControl) {
    const directives = cacheControl.toLowerCase().split(',').map((d) => d.trim());
    for (const d of directives) {
      const m = /^max-age\s*=\s*"?(\d+)"?$/.exec(d);
      if (m?.[1]) return Number(m[1]);
    }
    if (directives.includes('no-store') || directives.includes('no-cache')) return 0;
  }
  if (expires && dateHeader) {
    const e = Date.parse(expires);
    const d = Date.parse(dateHeader);
    if (!Number.isNaN(d)) return Number.isNaN(e) ? 0 : Math.max(0, Math.round((e - d) / 1000));
  }
  return null;
}
