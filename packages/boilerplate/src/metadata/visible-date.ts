import type { DomElement, DomText } from '../dom-types.ts';
import type { ElInfo, PageScan } from '../node-table.ts';
import { normalizeSpace } from '../text-utils.ts';
import { textOf, visibleText, type WriteContext } from '../write-context.ts';
import { normalizeDate } from './dates.ts';

/** Parts of a page whose dates belong to other stories, readers or the site, not to the article. */
const FOREIGN_FAMILIES = new Set(['hidden', 'nav', 'consent', 'ad', 'related', 'promo', 'share', 'comments', 'tags', 'post-nav', 'sidebar', 'overlay', 'form', 'caption']);
/** Attribute words that say an element holds the story's date or its byline. */
const DATE_HINT = /date|time|byline|dateline|posted|publish|meta|info|stamp/i;
/** A date shown as an update: the publication date is preferred when both are near the headline. */
const UPDATE_WORD = /\b(?:updated?|modified|last\s+edited|aktualisiert|atualizad[oa]|actualizad[oa]|mis\s+à\s+jour)\b/i;
const ISO_IN_TEXT = /\b(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/;
/** A date line is short: longer text is prose that mentions a date. */
const MAX_CHARS = 120;
const MAX_UNMARKED_CHARS = 60;
const MAX_WORDS = 14;
/** How far from the headline (in elements) an unmarked date may sit: after it, and before it (a kicker). */
const AFTER_HEADLINE = 20;
const BEFORE_HEADLINE = 6;
/** A marked date may sit further, but still within the article's part of the page. */
const MARKED_REACH = 80;
/** What an update date costs beside a publication date: more than any distance a date may sit at. */
const UPDATE_PENALTY = MARKED_REACH;
const DAY_MS = 86_400_000;

export interface DateEvidence {
  /** The last modification the page declares: a story is not published after it. */
  modified: string | null;
  /** The day in the URL path: a visible date more than a day away from it belongs to something else. */
  urlDay: string | null;
}

export interface VisibleDateCandidate {
  value: string;
  /** The text the date was read from, and its distance from the headline weighed by its marks. */
  text: string;
  cost: number;
}

/** The date in a short text: "Published March 4, 2019", "4 March 2019 | 10:42", "2019-03-04 15:24". */
export function dateInText(text: string): string | null {
  const iso = ISO_IN_TEXT.exec(text);
  if (iso) return normalizeDate(iso[2] ? `${iso[1]}T${iso[2]}` : iso[1]);
  return normalizeDate(text);
}

function foreign(n: ElInfo): boolean {
  if (n.family === null) return false;
  if (FOREIGN_FAMILIES.has(n.family)) return true;
  // Article headers carry the date; the page footer carries the site's "last updated".
  if (n.family !== 'header-footer') return false;
  const a = n.el.attribs;
  return n.tag === 'footer' || a.role === 'contentinfo' || /footer/i.test(`${a.class ?? ''} ${a.id ?? ''}`);
}

/** Whether the element or one of its two nearest ancestors names itself a date, time, byline or meta line. */
function marked(nodes: ElInfo[], i: number): boolean {
  for (let k = i, up = 0; k > 0 && up < 3; k = (nodes[k] as ElInfo).parent, up++) {
    const a = (nodes[k] as ElInfo).el.attribs;
    if (DATE_HINT.test(`${a.class ?? ''} ${a.id ?? ''} ${a.itemprop ?? ''} ${a.role ?? ''}`)) return true;
  }
  return false;
}

function inForeignPart(nodes: ElInfo[], i: number): boolean {
  for (let k = i; k > 0; k = (nodes[k] as ElInfo).parent) {
    const n = nodes[k] as ElInfo;
    if (foreign(n) || n.inLink) return true;
  }
  return false;
}

/**
 * The element's text without the parts that are not the article's (links, captions, comments...),
 * or null when it runs past `limit`: a date line is short.
 */
function ownText(ctx: WriteContext, root: DomElement, limit: number): string | null {
  const text = textOf(ctx, root, { skip: (n) => foreign(n) || n.tag === 'a', limit });
  return text === null ? null : normalizeSpace(text);
}

/** Short texts an element shows: its whole text when short, else each of its own short text runs. */
function shortTexts(ctx: WriteContext, n: ElInfo, limit: number): string[] {
  const whole = ownText(ctx, n.el, limit);
  if (whole !== null) return whole.length >= 6 ? [whole] : [];
  return n.el.children
    .filter((c) => c.type === 'text')
    .map((c) => normalizeSpace((c as DomText).data))
    .filter((t) => t.length >= 6 && t.length <= limit);
}

/** A date line, not a sentence of prose that mentions a date. */
function dateLine(text: string, hinted: boolean): boolean {
  return text.length <= (hinted ? MAX_CHARS : MAX_UNMARKED_CHARS) && text.split(' ').length <= MAX_WORDS;
}

function day(value: string): number {
  return Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
}

/** Whether the other evidence allows this date: not after the last modification, near the URL's day. */
function sane(value: string, evidence: DateEvidence): boolean {
  const d = day(value);
  if (evidence.modified && d > day(evidence.modified) + DAY_MS) return false;
  if (evidence.urlDay && Math.abs(d - day(evidence.urlDay)) > DAY_MS) return false;
  return true;
}

/**
 * The publication date a reader sees by the headline or byline, for pages whose metadata carries
 * none. Dates of related stories, comments, captions, links and the site footer are not read; among
 * the rest, the one closest to the headline wins, a marked one (class or itemprop naming a date,
 * time, byline or meta line) from further away, and an "updated" date only when nothing else is
 * there. Without a headline, only marked dates count, the first one in the page.
 */
export function visibleDate(scan: PageScan, ctx: WriteContext, anchor: number, evidence: DateEvidence): string | null {
  return visibleDateCandidate(scan, ctx, anchor, evidence)?.value ?? null;
}

/** The chosen date with the text it was read from (for inspection). */
export function visibleDateCandidate(scan: PageScan, ctx: WriteContext, anchor: number, evidence: DateEvidence): VisibleDateCandidate | null {
  const nodes = scan.nodes;
  let best: VisibleDateCandidate | null = null;
  for (let i = 1; i < nodes.length; i++) {
    const n = nodes[i] as ElInfo;
    if (anchor >= 0 && i >= anchor && i < (nodes[anchor] as ElInfo).end) continue;
    const hinted = marked(nodes, i);
    const reach = anchor < 0 ? (hinted ? i : -1) : i >= anchor ? i - anchor : (anchor - i) * (AFTER_HEADLINE / BEFORE_HEADLINE);
    if (reach < 0 || reach > (hinted ? MARKED_REACH : AFTER_HEADLINE) || inForeignPart(nodes, i)) continue;
    // Microdata on a visible element: the machine-readable value beside what readers see.
    const a = n.el.attribs;
    const micro = /datepublished/i.test(a.itemprop ?? '') ? normalizeDate(a.content ?? a.datetime ?? null) : null;
    if (micro && sane(micro, evidence) && (!best || reach / 8 < best.cost)) best = { value: micro, text: a.content ?? a.datetime ?? '', cost: reach / 8 };
    for (const text of shortTexts(ctx, n, MAX_CHARS)) {
      if (!dateLine(text, hinted)) continue;
      const value = dateInText(text);
      if (!value || !sane(value, evidence)) continue;
      const update = UPDATE_WORD.test(text) || /modif|updat/i.test(`${n.el.attribs.itemprop ?? ''} ${n.el.attribs.class ?? ''}`);
      const cost = (hinted ? reach / 4 : reach) + (update ? UPDATE_PENALTY : 0);
      if (!best || cost < best.cost) best = { value, text, cost };
    }
  }
  return best;
}

/**
 * The headline element: an <h1> showing one of the title's forms, else any short element showing
 * one (old templates set headlines in table cells and definition terms), else the first <h1> with text.
 */
export function headlineIndex(scan: PageScan, ctx: WriteContext, titles: string[]): number {
  const known = new Set(titles.map((t) => normalizeSpace(t).toLowerCase()).filter((t) => t.length >= 10));
  const textAt = (i: number) => normalizeSpace(visibleText(ctx, (scan.nodes[i] as ElInfo).el, true));
  const h1 = scan.h1s.find((i) => known.has(textAt(i).toLowerCase()));
  if (h1 !== undefined) return h1;
  for (let i = 1; i < scan.nodes.length; i++) {
    const n = scan.nodes[i] as ElInfo;
    if (n.subChars >= 10 && n.subChars <= 300 && !n.inLink && n.tag !== 'title' && known.has(textAt(i).toLowerCase())) return i;
  }
  return scan.h1s.find((i) => textAt(i).length > 0) ?? -1;
}
