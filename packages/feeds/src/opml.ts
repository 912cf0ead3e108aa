import { generateOpml, parseOpml as parseOpmlDocument, type Opml } from 'feedsmith';
import { FeedParseError } from './feed-types.ts';
import { resolveHttpUrl } from './resolve-url.ts';
import { assertWellFormed, sniffDocument, stripLeading } from './xml-sniff.ts';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

type Outline = Opml.Outline<string>;

/**
 * Feeds listed in an OPML subscription list, with nested folders flattened, in document
 * order, de-duplicated by URL. Outlines without an http(s) xmlUrl (folders, links) are
 * skipped. Throws FeedParseError when the file is not OPML or is malformed/truncated.
 */
export function parseOpml(xml: string): { title: string | null; feeds: OpmlFeed[] } {
  const text = stripLeading(xml ?? '');
  const doc = sniffDocument(text);
  if (doc.kind !== 'xml' || doc.localName !== 'opml') throw new FeedParseError('not an OPML document (no <opml> root)');
  assertWellFormed(text, doc.root);
  let parsed: Opml.Document<string>;
  try {
    parsed = parseOpmlDocument(text);
  } catch (err) {
    throw new FeedParseError(`unreadable OPML: ${(err as Error).message}`);
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  // Iterative walk: nesting depth is attacker-controlled.
  const stack: Outline[] = [...(parsed.body?.outlines ?? [])].reverse();
  while (stack.length) {
    const outline = stack.pop()!;
    const typed = outline.type && /^(rss|atom|feed|rdf|json)$/i.test(outline.type);
    const url = resolveHttpUrl(outline.xmlUrl ?? (typed ? outline.url : undefined), null);
    if (url && !seen.has(url)) {
      seen.add(url);
      feeds.push({ url, title: oneLine(outline.title ?? outline.text) });
    }
    if (outline.outlines) stack.push(...[...outline.outlines].reverse());
  }
  return { title: oneLine(parsed.head?.title), feeds };
}

/** OPML attributes are plain text (already XML-decoded): only whitespace is tidied. */
function oneLine(value: string | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim().slice(0, 500);
  return text || null;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An OPML 2.0 subscription list for the given feeds (one flat level). */
export function toOpml(feeds: OpmlFeed[], title = 'newsfacts feeds'): string {
  // feedsmith refuses a document without outlines; an empty export is still a valid file.
  if (feeds.length === 0) {
    return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${escapeXml(title)}</title>\n  </head>\n  <body/>\n</opml>\n`;
  }
  return generateOpml({
    head: { title },
    body: {
      outlines: feeds.map((f) => ({
        text: f.title ?? f.url,
        ...(f.title ? { title: f.title } : {}),
        type: 'rss',
        xmlUrl: f.url,
      })),
    },
  });
}
