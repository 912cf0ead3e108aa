import type { RawBlock } from './block-sink.ts';
import { jsonLdObjects } from './metadata/json-ld.ts';
import { normalizeSpace } from './text-utils.ts';

const ARTICLE_TYPES = /article|posting|report|liveblog/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The story as the page's schema.org article object states it (`articleBody`), one block per
 * paragraph; null when no article object carries one. Some CMSs write it as HTML: block tags and
 * line breaks end a paragraph, other tags are dropped, entities decoded.
 */
export function jsonLdArticleBody(scripts: readonly string[]): RawBlock[] | null {
  for (const o of jsonLdObjects(scripts)) {
    const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    const body = o.articleBody;
    if (typeof body !== 'string' || !types.some((t) => ARTICLE_TYPES.test(t))) continue;
    const text = body.replace(/<\/?(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '');
    const blocks = decode(text)
      .split(/\n+/)
      .map(normalizeSpace)
      .filter((t) => t !== '')
      .map((t): RawBlock => ({ kind: 'paragraph', text: t }));
    if (blocks.length > 0) return blocks;
  }
  return null;
}

/** A stated story shorter than this is a summary, not the story. */
const MIN_STATED_CHARS = 300;
/** A visible body under this share of the stated story shows only its opening (or something else). */
const TRUNCATED_SHARE = 0.25;

const key = (s: string): string => normalizeSpace(s).toLowerCase();
const chars = (blocks: readonly RawBlock[]): number => blocks.reduce((a, b) => a + (b.kind === 'heading' ? 0 : b.text.length), 0);

/**
 * Whether the page's stated story should replace the visible body found: when the visible body is
 * missing or too thin to be an article, or when it is a small part of the stated story and agrees
 * with it (its first paragraph is in it: the page shows the opening, the rest is behind a wall or in
 * markup the content finder misread). A visible body that disagrees is kept: the JSON-LD may be stale.
 */
export function statedBodyWins(visible: readonly RawBlock[], stated: readonly RawBlock[], minBodyChars: number): boolean {
  const statedChars = chars(stated);
  if (statedChars < MIN_STATED_CHARS) return false;
  const seen = chars(visible);
  if (seen < minBodyChars) return true;
  if (seen >= TRUNCATED_SHARE * statedChars) return false;
  const first = visible.find((b) => b.kind !== 'heading' && b.text.length >= 40);
  return first !== undefined && key(stated.map((b) => b.text).join(' ')).includes(key(first.text).slice(0, 80));
}
