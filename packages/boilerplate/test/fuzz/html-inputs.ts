import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

/**
 * Inputs for fuzzing the cleaner: the real fixture pages broken in the ways pages break in the wild
 * (cut, spliced, tags doubled or left open, odd Unicode, broken entities), and random element trees.
 * Mutations are data, so fast-check can shrink a failing page to the few edits that matter.
 */

const FIXTURE_DIRS = ['../../../../fixtures/site/articles/', '../../../../fixtures/boilerplate/', '../../../../fixtures/site/'].map((d) => new URL(d, import.meta.url));

export const FIXTURE_PAGES: readonly string[] = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8')),
);

/** Characters that trip text handling: invisible marks, spaces of every width, lone surrogates, controls. */
export const ODD_UNICODE = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\r', '\r\n', '\t', '\u00a0', '\u00ad', '\u034f', '\u061c', '\u180e',
  '\u2000', '\u2009', '\u200a', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e',
  '\u202f', '\u2060', '\u2066', '\u2069', '\u3000', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udfff', '\udc00\ud800',
  '\ud83d\ude80', '\ud83c\uddfa\ud83c\uddf8', '\u0301', 'e\u0301', '\uff11\uff12\uff05', '\u0661\u0662\u066a', '\u00bd', '\u2153',
  '\u2212', '\u2013', '\u2014', '\u2019', '\u201c', '\u201d', '\u00b7', '\u2024', '\u2026', '\u0130', '\u017f', '\u1e9e',
];

export const BROKEN_ENTITIES = [
  '&', '&amp', '&amp;amp;', '&#', '&#;', '&#x', '&#x;', '&#0;', '&#65', '&#x41', '&#xD800;', '&#xDFFF;', '&#x110000;',
  '&#99999999999;', '&#-1;', '&nbsp', '&nbsp;&nbsp;', '&;', '&unknown;', '&NotAnEntity', '&lt;p&gt;', '&lt', '&#8203;', '&#xFEFF;',
];

const TAGS = ['div', 'p', 'span', 'a', 'b', 'i', 'font', 'table', 'tr', 'td', 'th', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'article',
  'main', 'section', 'nav', 'aside', 'header', 'footer', 'figure', 'figcaption', 'blockquote', 'pre', 'br', 'hr', 'img',
  'script', 'style', 'title', 'textarea', 'noscript', 'template', 'iframe', 'svg', 'math', 'select', 'option', 'time', 'meta',
  'link', 'head', 'body', 'html', 'form', 'button', 'label', 'dl', 'dt', 'dd', 'plaintext', 'xmp', 'frameset'];

/** Text that looks like what the extractor hunts for, and its worst cases. */
const FACTISH = ['12%', '12.5 %', '-3.4 percent', '4,200 tonnes', '420.5 t', '1.2 million tons', '$1.2bn', '€3 million', 'US$ 450m',
  'March 2025', '21 October 2025', '2025-10-21', '10/21/2025', 'Q3 2025', 'last week', 'on Monday', 'China', 'the U.S.', 'Japan’s',
  'Lynas Rare Earths Ltd', 'MP Materials Corp.', '18% to 50%', 'up 3 percentage points', '1,1,1,1,1,1,1,1', '999999999999999999999',
  '%%%%%%%%', '........', '$$$$', '1e309', '0x1F', '½', '12-', '-12', '12..5', '1,2,3,,4', '1.000.000,50'];

const piece = fc.oneof(
  fc.constantFrom(...ODD_UNICODE),
  fc.constantFrom(...BROKEN_ENTITIES),
  fc.constantFrom(...FACTISH),
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('<', '>', '</', '/>', '<!--', '-->', '<!', '<?', '"', "'", '=', '<![CDATA[', ']]>', '<!DOCTYPE html>', '\n\n'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; from: number; source: number; length: number }
  | { kind: 'repeat-tag'; at: number; times: number }
  | { kind: 'open-tag'; at: number; tag: string; times: number }
  | { kind: 'drop-closing'; at: number }
  | { kind: 'truncate'; at: number };

const at = fc.nat();
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('splice' as const), at, from: fc.nat(), source: fc.nat(), length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('repeat-tag' as const), at, times: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('open-tag' as const), at, tag: fc.constantFrom(...TAGS), times: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('drop-closing' as const), at }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);

/** The tag (`<...>`) at or after `from`, wrapping round; null when the page has none. */
function tagNear(html: string, from: number, closing: boolean): { start: number; end: number } | null {
  const find = (i: number) => html.indexOf(closing ? '</' : '<', i);
  let start = find(from);
  if (start === -1) start = find(0);
  if (start === -1) return null;
  const end = html.indexOf('>', start);
  return end === -1 ? null : { start, end: end + 1 };
}

export function applyMutation(html: string, m: Mutation): string {
  const pos = m.at % (html.length + 1);
  switch (m.kind) {
    case 'insert':
      return html.slice(0, pos) + m.text + html.slice(pos);
    case 'delete':
      return html.slice(0, pos) + html.slice(pos + m.length);
    case 'truncate':
      return html.slice(0, pos);
    case 'splice': {
      const source = FIXTURE_PAGES[m.source % FIXTURE_PAGES.length]!;
      const from = m.from % (source.length + 1);
      return html.slice(0, pos) + source.slice(from, from + m.length) + html.slice(pos);
    }
    case 'repeat-tag': {
      const tag = tagNear(html, pos, false);
      return tag ? html.slice(0, tag.end) + html.slice(tag.start, tag.end).repeat(m.times) + html.slice(tag.end) : html;
    }
    case 'open-tag':
      return html.slice(0, pos) + `<${m.tag}>`.repeat(m.times) + html.slice(pos);
    case 'drop-closing': {
      const tag = tagNear(html, pos, true);
      return tag ? html.slice(0, tag.start) + html.slice(tag.end) : html;
    }
  }
}

/** A fixture page with up to `maxEdits` mutations applied in turn. */
export function mutatedPage(maxEdits = 8): fc.Arbitrary<string> {
  return fc
    .tuple(fc.nat({ max: FIXTURE_PAGES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: maxEdits }))
    .map(([page, edits]) => edits.reduce(applyMutation, FIXTURE_PAGES[page]!));
}

const word = fc.oneof(
  fc.constantFrom('rare', 'earth', 'exports', 'fell', 'rose', 'quota', 'the', 'ministry', 'said', 'magnet', 'tonnes', 'in', 'to', 'of', 'by'),
  fc.constantFrom(...FACTISH),
  fc.constantFrom(...ODD_UNICODE),
  fc.constantFrom(...BROKEN_ENTITIES),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(word, { minLength: 1, maxLength: 30 }).chain((ws) => fc.constantFrom(' ', '', '\n', '. ').map((sep) => ws.join(sep)));
const attrs = fc.array(
  fc.tuple(fc.constantFrom('class', 'id', 'href', 'lang', 'datetime', 'itemprop', 'property', 'content', 'hidden', 'style', 'role', 'aria-hidden', 'rel', 'type'), fc.option(text)),
  { maxLength: 3 },
).map((as) => as.map(([k, v]) => (v === null ? ` ${k}` : ` ${k}="${v.replace(/"/g, '&quot;')}"`)).join(''));

/** Random element trees, each element left unclosed now and then. */
export const randomHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, a, children, unclosed]) => `<${tag}${a}>${children.join('')}${unclosed ? '' : `</${tag}>`}`),
  ),
})).node;
