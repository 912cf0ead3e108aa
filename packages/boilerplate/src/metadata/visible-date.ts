import type { DomElement, DomNode, DomText } from '../dom-types.ts';
import type { ElInfo, PageScan } from '../node-table.ts';
import { normalizeSpace } from '../text-utils.ts';
import { textOf, visibleText, type WriteContext } from '../write-context.ts';
import { normalizeDate, type DateReading } from './dates.ts';
import { dateOfAge, datelinePart, dateSegments, fullDateIn, monthDayInText, RELATIVE_AGE, type DateLabel } from './date-lines.ts';

/** Parts of a page whose dates belong to other stories, readers or the site, not to the article. */
const FOREIGN_FAMILIES = new Set(['hidden', 'nav', 'consent', 'ad', 'related', 'promo', 'comments', 'tags', 'post-nav', 'sidebar', 'overlay', 'form', 'caption']);
/** Attribute words that say an element holds the story's date or its byline. */
const DATE_HINT = /date|time|byline|dateline|posted|publish|meta|info|stamp/i;
/** A date line is short: longer text is prose that mentions a date. A marked byline may hold two dates. */
const MAX_CHARS = 120;
const MAX_MARKED_LINE_CHARS = 220;
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
  /** The date the feed gave the item: a story is not published after it either. */
  feed?: string | null;
  /** A year in the URL path without a full day ("/2019/11/slug"): the year of a date shown without one. */
  urlYear?: number | null;
  /** The latest copyright year on the page: the year of a date shown without one, when nothing better tells. */
  copyrightYear?: number | null;
  /** When the page was fetched: no story is published after it, and "3 hours ago" counts back from it. */
  fetchedAt?: string | null;
  /** How the page orders an ambiguous numeric date (month first on U.S. English pages). */
  order?: DateReading['order'];
}

export interface VisibleDateCandidate {
  value: string;
  /** The text the date was read from, and its distance from the headline weighed by its marks. */
  text: string;
  cost: number;
}

/** The date in a short text: "Published March 4, 2019", "4 March 2019 | 10:42", "2019-03-04 15:24". */
export function dateInText(text: string, reading: DateReading = {}): string | null {
  return fullDateIn(text, reading);
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

/** A link to the story itself (rel="bookmark") or to the archive of its day: blogs wrap their date in one. */
function selfLink(el: DomElement): boolean {
  return /\bbookmark\b/i.test(el.attribs.rel ?? '') || /\/(?:19|20)\d{2}\/\d{1,2}(?:\/\d{1,2})?\/?$/.test(el.attribs.href ?? '');
}

/**
 * Whether the element sits in a part of the page whose dates are not the story's. A part that holds
 * the headline is the story's whatever its class says (templates call their main column a sidebar).
 */
export function inForeignPart(nodes: ElInfo[], i: number, anchor: number | readonly number[], links = true): boolean {
  const anchors = typeof anchor === 'number' ? [anchor] : anchor;
  for (let k = i; k > 0; k = (nodes[k] as ElInfo).parent) {
    const n = nodes[k] as ElInfo;
    if (anchors.some((h) => h >= 0 && k <= h && h < n.end)) return false;
    if (foreign(n) || (links && n.tag === 'a' && !selfLink(n.el))) return true;
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
  if (evidence.feed && d > day(evidence.feed) + DAY_MS) return false;
  if (evidence.fetchedAt && d > day(evidence.fetchedAt) + DAY_MS) return false;
  if (evidence.urlDay && Math.abs(d - day(evidence.urlDay)) > DAY_MS) return false;
  return true;
}

/**
 * The year of a date shown without one: the latest year that does not put it after the page's own
 * dates (modification, feed item, URL day), else the URL's year, else the page's copyright year.
 */
function yearFor(month: number, dayOfMonth: number, e: DateEvidence): number | null {
  const ref = e.modified ?? e.feed ?? e.urlDay;
  if (ref) {
    const y = Number(ref.slice(0, 4));
    return Date.UTC(y, month - 1, dayOfMonth) <= day(ref) + DAY_MS ? y : y - 1;
  }
  return e.urlYear ?? e.copyrightYear ?? null;
}

/**
 * The date one part of a line shows, checked against the page's other dates. An ambiguous numeric
 * date is read in the other order when the page's order contradicts them; a date without a year is
 * read only where the line is marked or labelled as a date, and takes the year the evidence gives.
 */
function readPart(text: string, yearless: boolean, e: DateEvidence): string | null {
  const order = e.order ?? 'dmy';
  const value = fullDateIn(text, { order });
  if (value) {
    if (sane(value, e)) return value;
    const other = fullDateIn(text, { order: order === 'dmy' ? 'mdy' : 'dmy' });
    return other && other !== value && sane(other, e) ? other : null;
  }
  if (!yearless) return null;
  if (RELATIVE_AGE.test(text)) {
    const aged = e.fetchedAt ? dateOfAge(text, e.fetchedAt) : null;
    return aged && sane(aged, e) ? aged : null;
  }
  const md = monthDayInText(text);
  const year = md ? yearFor(md.month, md.day, e) : null;
  if (!md || year === null) return null;
  const dated = normalizeDate(md.withYear(year), { order });
  return dated && sane(dated, e) ? dated : null;
}

interface Part {
  text: string;
  label: DateLabel;
  /** Whether the part may be longer than an unmarked date line: its element or label marks it as one. */
  marked: boolean;
}

/** The parts of an element's short texts that may show a date, each with the label it carries. */
function dateParts(ctx: WriteContext, n: ElInfo, hinted: boolean): Part[] {
  const out: Part[] = [];
  for (const text of shortTexts(ctx, n, hinted ? MAX_MARKED_LINE_CHARS : MAX_CHARS)) {
    const whole = dateLine(text, hinted);
    for (const seg of dateSegments(text)) {
      // A label opens every part but the first, which has one only when the line starts with it. Outside
      // a marked element it counts as bylines print it ("Posted:", "Updated"), not as prose uses the word.
      const labelled = seg.label !== null && (hinted || /^\p{Lu}|^[\p{L} ]{3,30}:/u.test(seg.text));
      if (whole ? dateLine(seg.text, true) : labelled && dateLine(seg.text, true)) out.push({ text: seg.text, label: seg.label, marked: hinted || labelled });
    }
  }
  return out;
}

/** The first characters of a paragraph, links and inline marks included, for its dateline. */
function leadText(el: DomElement, max: number): string {
  let out = '';
  const stack: DomNode[] = [...el.children].reverse();
  for (let k = 0; stack.length > 0 && out.length < max && k < 200; k++) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') out += (node as DomText).data;
    else if (node.type === 'tag') {
      const c = node as DomElement;
      if (c.name === 'br') out += ' ';
      else for (let j = c.children.length - 1; j >= 0; j--) stack.push(c.children[j] as DomNode);
    }
  }
  return normalizeSpace(out);
}

/**
 * The publication date a reader sees by the headline or byline, for pages whose metadata carries
 * none. Dates of related stories, comments, captions, links to other pages and the site footer are
 * not read; among the rest, the one closest to the headline wins, a marked one (class or itemprop
 * naming a date, time, byline or meta line, or a "Posted:"-style label) from further away, a wire
 * dateline opening the first paragraphs like a marked one, and an "updated" date only when nothing
 * else is there. A line with both dates is read part by part. A date without a year, or an age
 * ("3 hours ago"), is read only where marked, with the year (or the time) the page's other evidence
 * gives. No date after the page's modification, feed date or fetch counts. Without a headline, only
 * marked dates count, the first one in the page.
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
    if (reach < 0 || reach > (hinted ? MARKED_REACH : AFTER_HEADLINE) || inForeignPart(nodes, i, anchor)) continue;
    // Microdata on a visible element: the machine-readable value beside what readers see.
    const a = n.el.attribs;
    const micro = /datepublished/i.test(a.itemprop ?? '') ? normalizeDate(a.content ?? a.datetime ?? null) : null;
    if (micro && sane(micro, evidence) && (!best || reach / 8 < best.cost)) best = { value: micro, text: a.content ?? a.datetime ?? '', cost: reach / 8 };
    for (const part of dateParts(ctx, n, hinted)) {
      const value = readPart(part.text, part.marked, evidence);
      if (!value) continue;
      const update = part.label === 'updated' || (part.label === null && /modif|updat/i.test(`${a.itemprop ?? ''} ${a.class ?? ''}`));
      const cost = (part.marked ? reach / 4 : reach) + (update ? UPDATE_PENALTY : 0);
      if (!best || cost < best.cost) best = { value, text: part.text, cost };
    }
    // A wire dateline opens the story's first paragraphs: the body's own statement of its day.
    if (anchor >= 0 && i > anchor && reach <= AFTER_HEADLINE && (n.tag === 'p' || n.tag === 'div') && n.own.chars > 0) {
      const part = datelinePart(leadText(n.el, 140));
      const value = part ? readPart(part, true, evidence) : null;
      if (value && (!best || reach / 4 < best.cost)) best = { value, text: part as string, cost: reach / 4 };
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
