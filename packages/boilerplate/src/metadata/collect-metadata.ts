import type { CleanDocMetadata, MetaSource, SourcedValue } from '@newsfacts/core';
import type { PageScan, ElInfo } from '../node-table.ts';
import { normalizeSpace } from '../text-utils.ts';
import { visibleText, type WriteContext } from '../write-context.ts';
import { readJsonLd, type JsonLdFacts } from './json-ld.ts';
import { firstMeta, META_KEYS, readMetaTags } from './meta-tags.ts';
import { dateFromUrl, normalizeDate, type DateReading } from './dates.ts';
import { stripSiteName } from './title.ts';
import { headlineIndex, inForeignPart, visibleDate, type DateEvidence } from './visible-date.ts';
import { copyrightYearIn } from './date-lines.ts';
import type { DomText } from '../dom-types.ts';

export interface PageMetadata {
  metadata: CleanDocMetadata;
  /** Every form of the headline seen on the page, for dropping its repetition from the body. */
  titleCandidates: string[];
  /** What the page says it is: og:type and JSON-LD @types. */
  declaresArticle: boolean;
  declaresListing: boolean;
}

const sv = (value: string | null | undefined, source: MetaSource): SourcedValue | null =>
  value ? { value, source } : null;

/** The first candidate that has a value, most trusted first. */
const pick = (...c: Array<SourcedValue | null | (() => SourcedValue | null)>): SourcedValue | null => {
  for (const x of c) {
    const v = typeof x === 'function' ? x() : x;
    if (v !== null) return v;
  }
  return null;
};

/** A candidate computed only when every more trusted one is missing. */
const lazy = (f: () => SourcedValue | null): (() => SourcedValue | null) => f;

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** <time> elements looked at: a page lists at most a few hundred, and the story's comes early. */
const MAX_TIMES = 400;

function timeValue(n: ElInfo, ctx: WriteContext, reading: DateReading): string | null {
  return normalizeDate(n.el.attribs.datetime ?? null) ?? normalizeDate(normalizeSpace(visibleText(ctx, n.el, true)), reading);
}

/** U.S. English pages write a numeric date month first. */
const numericOrder = (scan: PageScan): DateReading => ({ order: /^en[-_]us\b/i.test(scan.htmlLang ?? '') ? 'mdy' : 'dmy' });

/**
 * <time> elements: one marked as the publication (or update) time first, else the first dated one;
 * never one of a related story, a comment or the site's menus and footer (a part without the headline).
 */
function timeElementDate(scan: PageScan, ctx: WriteContext, want: 'published' | 'modified'): string | null {
  const marked = want === 'published' ? /publish|pubdate|posted|created/i : /modif|updat/i;
  let first: string | null = null;
  const reading = numericOrder(scan);
  for (const i of scan.times.slice(0, MAX_TIMES)) {
    const n = scan.nodes[i] as ElInfo;
    if (inForeignPart(scan.nodes, i, scan.h1s, false)) continue;
    const a = n.el.attribs;
    const hint = `${a.itemprop ?? ''} ${a.class ?? ''} ${a.pubdate !== undefined ? 'pubdate' : ''}`;
    const value = timeValue(n, ctx, reading);
    if (!value) continue;
    if (marked.test(hint)) return value;
    if (want === 'published') first ??= value;
  }
  return first;
}

/** A person's name as stored: no "By " prefix, no profile URL. */
function cleanAuthor(v: string | null): string | null {
  if (!v || /^https?:\/\//i.test(v.trim())) return null;
  const name = normalizeSpace(v.replace(/^\s*(?:by|por|par|von)\s+/i, ''));
  return name.length > 0 && name.length <= 200 ? name : null;
}

function langOf(v: string | null): string | null {
  if (!v) return null;
  const t = v.trim().replace('_', '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t) ? t : null;
}

/** "PCT: Headline here" -> ["PCT", "Headline here"]: parts long enough to be a headline. */
function titleSegments(title: string): string[] {
  return title.split(/\s*[:|–—·•»~]\s+|\s+-\s+/).filter((p) => p.length >= 15 && p !== title);
}

export interface BodyEvidence {
  headline: string | null;
  dateline: string | null;
  byline: string | null;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** "By Grace Tan, Shanghai Correspondent" -> "Grace Tan". */
function bylineName(line: string): string | null {
  const name = line.replace(/^\S+\s+/, '').split(/\s*[,|–—]\s*|\s+-\s+/)[0]?.trim();
  return name && name.length >= 3 && name.length <= 60 ? name : null;
}

/**
 * What the body taught us about the metadata: the headline as the page shows it (when the title
 * only came from <title>), a visible dateline when nothing better dated the page (trust order for
 * the date: JSON-LD, meta, <time>, feed, the body's dateline, a date shown by the headline or byline,
 * URL), and a byline's name.
 */
export function applyBodyEvidence(meta: CleanDocMetadata, body: BodyEvidence, fetchedAt: string | null = null): void {
  if (body.headline && meta.title?.source === 'html') meta.title = { value: body.headline, source: 'html' };
  const line = normalizeDate(body.dateline);
  // a story is not published after the page's last modification, nor after the page was fetched
  const fromLine = line && [meta.modified?.value, fetchedAt].every((d) => !d || dayOf(line) <= dayOf(d) + DAY_MS) ? line : null;
  // The body's own dateline line outranks a date read from around the headline: the content finder
  // placed it at the head of the article, where no related story or comment sits.
  if (fromLine && (meta.published === null || meta.published.source === 'url' || meta.published.source === 'visible-date')) {
    meta.published = { value: fromLine, source: 'html' };
  }
  const name = body.byline ? bylineName(body.byline) : null;
  if (name && meta.author === null) meta.author = { value: name, source: 'html' };
}

/** What the page and its feed item say about its date besides the visible line: bounds and the year of a yearless date. */
export function dateEvidence(scan: PageScan, url: string, modified: string | null, feed: string | null, fetchedAt: string | null = null): DateEvidence {
  const urlYear = /\/((?:19|20)\d{2})\/(?:\d{1,2}\/)?/.exec(safePath(url));
  return {
    modified,
    urlDay: dateFromUrl(url),
    feed,
    fetchedAt,
    urlYear: urlYear ? Number(urlYear[1]) : null,
    copyrightYear: pageCopyrightYear(scan),
    order: numericOrder(scan).order,
  };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** The latest copyright year the page shows, read from the short texts that carry a copyright sign. */
function pageCopyrightYear(scan: PageScan): number | null {
  let best: number | null = null;
  for (const n of scan.nodes) {
    for (const c of n.el.children) {
      if (c.type !== 'text') continue;
      const t = (c as DomText).data;
      if (t.length > 400 || !/©|\(c\)|copyright/i.test(t)) continue;
      const y = copyrightYearIn(t);
      if (y !== null && y <= 2100) best = Math.max(best ?? 0, y);
    }
  }
  return best;
}

export function collectMetadata(scan: PageScan, ctx: WriteContext, url: string, feedPublished: string | null, fetchedAt: string | null = null): PageMetadata {
  const ld: JsonLdFacts = readJsonLd(scan.jsonLd);
  const tags = readMetaTags(scan.metaEls);
  const siteName = pick(sv(firstMeta(tags, [...META_KEYS.siteName]), 'meta'), sv(ld.publisher, 'json-ld'));
  const h1 = scan.h1s.map((i) => normalizeSpace(visibleText(ctx, (scan.nodes[i] as ElInfo).el, true))).find((t) => t);
  const docTitle = scan.titleText ? normalizeSpace(scan.titleText) : null;
  const ogTitle = firstMeta(tags, [...META_KEYS.title]);
  const site = siteName?.value ?? null;
  const title = pick(
    sv(ld.headline ? normalizeSpace(ld.headline) : null, 'json-ld'),
    sv(ogTitle ? stripSiteName(normalizeSpace(ogTitle), site, h1 ?? null) : null, 'meta'),
    sv(h1, 'html'),
    sv(docTitle ? stripSiteName(docTitle, site, h1 ?? null) : null, 'html'),
  );
  const titleCandidates = [ld.headline, ogTitle, h1, docTitle, title?.value]
    .filter((t): t is string => !!t)
    .flatMap((t) => [normalizeSpace(t), stripSiteName(normalizeSpace(t), site, h1 ?? null), ...titleSegments(normalizeSpace(t))]);
  const modified = pick(
    sv(normalizeDate(ld.modified), 'json-ld'),
    sv(normalizeDate(firstMeta(tags, [...META_KEYS.modified])), 'meta'),
    sv(timeElementDate(scan, ctx, 'modified'), 'time-element'),
  );
  const urlDay = dateFromUrl(url);
  const feedDay = normalizeDate(feedPublished);
  const published = pick(
    sv(normalizeDate(ld.published), 'json-ld'),
    sv(normalizeDate(firstMeta(tags, [...META_KEYS.published])), 'meta'),
    sv(timeElementDate(scan, ctx, 'published'), 'time-element'),
    sv(feedDay, 'feed'),
    // Read only when nothing above dated the page: it walks the page, and metadata is more reliable.
    lazy(() => sv(visibleDate(scan, ctx, headlineIndex(scan, ctx, titleCandidates), dateEvidence(scan, url, modified?.value ?? null, feedDay, fetchedAt)), 'visible-date')),
    sv(urlDay, 'url'),
  );
  const ogLocale = tags.meta.get('og:locale') ?? null;
  const metadata: CleanDocMetadata = {
    title,
    published,
    modified,
    author: pick(sv(cleanAuthor(ld.author), 'json-ld'), sv(cleanAuthor(firstMeta(tags, [...META_KEYS.author])), 'meta')),
    canonicalUrl: pick(
      sv(absolute(tags.canonical, url), 'html'),
      sv(absolute(firstMeta(tags, [...META_KEYS.url]), url), 'meta'),
      sv(absolute(ld.url, url), 'json-ld'),
    ),
    siteName,
    lang: pick(
      sv(langOf(scan.htmlLang), 'html'),
      sv(langOf(firstMeta(tags, ['content-language', 'language', 'dc.language'])), 'meta'),
      sv(langOf(ld.lang), 'json-ld'),
      sv(langOf(ogLocale), 'meta'),
    ),
    leadImage: pick(
      sv(absolute(firstMeta(tags, [...META_KEYS.image]), url), 'meta'),
      sv(absolute(ld.image, url), 'json-ld'),
      sv(absolute(tags.imageSrc, url), 'html'),
    ),
  };
  const ogType = (tags.meta.get('og:type') ?? '').toLowerCase();
  const declaresArticle = ogType === 'article' || ld.types.some((t) => /article|posting|report/i.test(t));
  const declaresListing = ogType === 'website' || ld.types.some((t) => /collectionpage|itemlist|searchresultspage/i.test(t));
  return { metadata, titleCandidates: [...new Set(titleCandidates)], declaresArticle, declaresListing };
}
