import { XMLValidator } from 'fast-xml-parser';
import { FeedParseError } from './feed-types.ts';

export type DocumentKind =
  | { kind: 'xml'; root: string; localName: string }
  | { kind: 'json' }
  | { kind: 'html' }
  | { kind: 'unknown' };

const SNIFF_CHARS = 64 * 1024;

/** Drops a BOM and anything before the first '<' or '{' that is only whitespace. */
export function stripLeading(body: string): string {
  return body.replace(/^\ufeff/, '').trimStart();
}

/**
 * The document's kind from its first element, skipping the XML declaration, processing
 * instructions (stylesheets), comments and a DOCTYPE. Looks at the first 64 KB only.
 */
export function sniffDocument(body: string): DocumentKind {
  const text = stripLeading(body).slice(0, SNIFF_CHARS);
  if (text.startsWith('{')) return { kind: 'json' };
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      if (/^<!doctype\s+html/i.test(text.slice(i, i + 30))) return { kind: 'html' };
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      i = bracket !== -1 && bracket < close ? after(text, ']>', bracket) : close + 1;
      if (i === 0) break;
    } else if (text[i] === '<') {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
      if (!m) break;
      const root = m[1]!;
      const localName = (root.split(':').pop() ?? root).toLowerCase();
      if (localName === 'html' || localName === 'head' || localName === 'body') return { kind: 'html' };
      return { kind: 'xml', root, localName };
    } else break;
  }
  return { kind: 'unknown' };
}

function after(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at === -1 ? text.length : at + marker.length;
}

function trimTrailingComments(xml: string): string {
  let end = xml.trimEnd();
  while (end.endsWith('-->')) {
    const start = end.lastIndexOf('<!--');
    if (start === -1) break;
    end = end.slice(0, start).trimEnd();
  }
  return end;
}

/**
 * Refuses XML whose tag structure is broken: truncated (the root element is never
 * closed) or mismatched tags. Bare '&' and HTML entities such as &nbsp; are tolerated,
 * because feed publishers emit them constantly and every feed reader accepts them.
 */
export function assertWellFormed(xml: string, root: string): void {
  const trimmed = trimTrailingComments(xml);
  const closing = new RegExp(`</\\s*${root.replace(/[.]/g, '\\.')}\\s*>$`, 'i');
  if (!closing.test(trimmed.slice(-root.length - 20))) {
    throw new FeedParseError(`truncated or unclosed XML: the document does not end with </${root}>`);
  }
  const tolerant = stripLeading(xml).replace(/&(?!#\d{1,7};|#x[0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g, '&amp;');
  const result = XMLValidator.validate(tolerant);
  if (result !== true) {
    const { msg, line, col } = result.err;
    throw new FeedParseError(`malformed XML at line ${line}, column ${col}: ${msg}`);
  }
}
