/** Parsed `Content-Type`: lower-cased essence plus its charset parameter, if any. */
export interface ContentType {
  mime: string;
  charset: string | null;
}

export function parseContentType(header: string | null): ContentType | null {
  if (!header) return null;
  const [essence, ...params] = header.split(';');
  const mime = (essence ?? '').trim().toLowerCase();
  if (!mime) return null;
  let charset: string | null = null;
  for (const param of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param);
    if (m?.[1]) charset = m[1].toLowerCase();
  }
  return { mime, charset };
}

/** Textual types: pages, feeds, sitemaps, JSON Feed, robots.txt. The default allow-list. */
export const TEXT_CONTENT_TYPES = ['text/*', '*/xml', '*/*+xml', '*/json', '*/*+json'];
/** For article fetches: HTML, and XHTML served as XML. */
export const HTML_CONTENT_TYPES = ['text/html', 'application/xhtml+xml'];
/** For feed and sitemap fetches (servers label feeds with many types, text/html included). */
export const FEED_CONTENT_TYPES = [...TEXT_CONTENT_TYPES];

/** Matches `mime` against patterns like `text/*`, `*\/json` or `application/*+xml`. */
export function mimeMatches(mime: string, patterns: readonly string[]): boolean {
  const [type = '', subtype = ''] = mime.split('/');
  return patterns.some((pattern) => {
    const [pType = '', pSub = ''] = pattern.toLowerCase().split('/');
    if (pType !== '*' && pType !== type) return false;
    if (pSub === '*') return true;
    if (pSub.startsWith('*+')) return subtype.endsWith(pSub.slice(1));
    return pSub === subtype;
  });
}

/** Types that say nothing about the payload, so the bytes decide. */
export function isUnlabelled(mime: string | null): boolean {
  return mime === null || mime === 'application/octet-stream' || mime === 'binary/octet-stream' || mime === 'application/unknown';
}

/** Gzip files served as such (sitemap.xml.gz) rather than with Content-Encoding. */
export function isGzipFileType(mime: string | null): boolean {
  return mime === 'application/gzip' || mime === 'application/x-gzip' || mime === 'application/x-gunzip';
}

const MAGIC: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx, epub)
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // RIFF (webp, wav, avi)
];

/** True when the first bytes look like a binary file rather than text. */
export function looksBinary(head: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((b, i) => head[i] === b))) return true;
  const n = Math.min(head.length, 1024);
  // UTF-16 text has NUL bytes too, but always starts with a BOM when served unlabelled.
  if (n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return false;
  for (let i = 0; i < n; i++) if (head[i] === 0) return true;
  return false;
}

/** Accept header for feed and sitemap polls. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
/** Accept header for article pages (also the fetchText default). */
export const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
