import type { Token } from '../text/tokenize.ts';
import { ymd } from './calendar.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * Fiscal years as one dated fact that keeps its period: "FY19" and "fiscal 2019" are FY2019, "FY 2023-24"
 * and "financial year 2023/24" are FY2023-24 (a year that starts in 2023 and ends in 2024), "Q3 FY25" is
 * FY2025-Q3 (a quarter of that fiscal year, not of the calendar). The months a
 * fiscal year covers differ by company and country, so the value names the fiscal year, not a calendar span.
 */

const FISCAL = /\b(?:(Q[1-4]|H[12]|[1-4]Q|[12]H)\s*)?(?:FY|F\.Y\.|fiscal(?:\s+year)?|financial\s+year)\s?['’]?(\d{4}|\d{2})(?:\s?[-–/]\s?(\d{4}|\d{2}))?(?:\s+(Q[1-4]|H[12])\b)?(?![\d%])/gi;

/**
 * Marketing years of crop and commodity trade: "marketing year 2024/25", "MY 2024-25", "crop year 2023-24",
 * and "the 2024/25 season" where the sentence trades a crop. Like a fiscal year it keeps its period
 * (MY2024-25): when it starts differs by crop and country.
 */
const MARKETING = /\b(?:marketing|crop|sugar|cotton|coffee|cocoa)\s+year\s?['’]?(\d{4}|\d{2})\s?[-–/]\s?(\d{4}|\d{2})(?![\d%])/gi;
/** "the 2023/24 fiscal year", "2024-25 financial year": the years before the words. */
const FISCAL_AFTER = /\b(\d{4})\s?[-–/]\s?(\d{4}|\d{2})\s+(?:fiscal|financial)\s+year\b/gi;
/** "the 2025 financial year", "its 2024 fiscal year": one year before the words names that fiscal year. */
const FISCAL_YEAR_AFTER = /(?<![\d\w/.–-])((?:19|20)\d{2})\s+(?:fiscal|financial)\s+year\b/gi;
/** "2025-26" alone: a year and the next one's last two digits, not part of a longer chain or a code. */
const YEAR_PAIR = /(?<![\d\w/.-])((?:19|20)\d{2})[-–/](\d{2})(?![\d%\w]|[-–/.]\d)/g;
/**
 * Words of budgets, accounts and official statistics: where they are, "2025-26" is the fiscal year they are kept for (Indian,
 * British and Australian budgets run across two calendar years, and so do council rates, levies, costs, grants and pay bills); a sports season or a school year is not one.
 */
const PUBLIC_MONEY = /\b(?:budgets?|fiscal|financial|tax|taxes|rates|levy|levies|costs?|bills?|savings|grants?|funding|subsid(?:y|ies)|wages?|salar(?:y|ies)|revenues?|receipts|spending|expenditure|deficit|borrowing|outlays?|allocations?|accounts|gdp|profits?|earnings|turnover|dividends?|output|production|exports?|imports?|ministry|crore|lakh)\b/i;
/** "the second quarter of FY26", "the first half of fiscal 2025": a part of a fiscal year, kept with it. */
const PART_OF_FISCAL = /\b(first|second|third|fourth)\s+(quarter|half)\s+of\s+(?:the\s+)?(?:FY|fiscal(?:\s+year)?|financial\s+year)\s?['’]?(\d{4}|\d{2})(?:\s?[-–/]\s?(\d{4}|\d{2}))?(?![\d%])/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
/** "MY" only in capitals: "my 2024-25 plan" is a possessive. */
const MY = /\bMY\s?['’]?(\d{4}|\d{2})\s?[-–/]\s?(\d{4}|\d{2})(?![\d%])/g;
const SEASON = /\b(\d{4})\s?[-–/]\s?(\d{4}|\d{2})\s+(?:[a-z]+\s+)?season\b/g;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = `(${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
/**
 * "the 2024/25 July-June season", "the 2024-25 October/September marketing year": a season whose months
 * the text writes is the span of those months, from the first year into the second.
 */
const SEASON_MONTHS = new RegExp(`\\b(\\d{4})\\s?[-–/]\\s?(\\d{4}|\\d{2})\\s+${MONTH_RE}\\s?[-–/]\\s?${MONTH_RE}\\s+(?:marketing\\s+|crop\\s+)?(?:season|year)\\b`, 'g');
/** Words of crop and commodity trade that make "the 2024/25 season" a marketing year, not a sports season. */
const CROP_WORDS = /\b(?:crops?|harvest(?:ed|s)?|exports?|imports?|output|production|sugar|wheat|corn|maize|soy(?:beans?)?|cotton|coffee|cocoa|rice|grains?|barley|oilseeds?|rapeseed|canola|palm|cane|crush(?:ing)?|plantings?|acreage|yields?|tonnes|tons|bales|bushels|ending stocks)\b/i;

/**
 * "the five seasons from 2027-28 to 2031-32": a cycle of seasons written by its first and last, one span of
 * years from the first season's start to the last one's end (2027/2032).
 */
const SEASON_RANGE = /\bfrom\s+((?:19|20)\d{2})[-–/](\d{2})\s+(?:to|through|until)\s+((?:19|20)\d{2})[-–/](\d{2})(?![\d%\w]|[-–/.]\d)/g;
const SEASON_WORD = /\bseasons?\b/i;
/** A season word right after a pair of years ("2024-25 season", "2024-25 Premier League season"). */
const SEASON_AFTER = /^\s+(?:[A-Z][\w-]*\s+){0,3}season\b/;

/** At most this many fiscal years are read from one article. */
const MAX_FISCAL = 200;

function fullYear(s: string): number {
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}

function tokenAt(tk: Token[], offset: number): number {
  let lo = 0;
  let hi = tk.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence around an offset, as far as the nearest sentence ends (bounded either way). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 200);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 200);
  const stop = after.search(/\.\s|\n/);
  return text.slice(cut >= 0 ? from + cut + 1 : from, stop >= 0 ? end + stop : end + 200);
}

function splitYears(a: string, b: string): [number, number] | null {
  const first = fullYear(a);
  const second = fullYear(b.length === 2 ? `${String(first).slice(0, 2)}${b}` : b);
  return first >= 1950 && first <= 2100 && second === first + 1 ? [first, second] : null;
}

function marketingYears(text: string, tk: Token[], out: DateMention[]): void {
  const found: Array<{ start: number; end: number; years: [number, number] }> = [];
  const months: Array<{ start: number; end: number; value: string }> = [];
  for (const m of [...text.matchAll(MARKETING), ...text.matchAll(MY)]) {
    // "MY 2024-25 PLAN": a possessive in a line written in capitals
    if (m[0].startsWith('MY') && /^\s+[A-Z]{2,}\b/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20))) continue;
    const years = splitYears(m[1]!, m[2]!);
    if (years) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, years });
    if (found.length >= MAX_FISCAL) break;
  }
  for (const m of text.matchAll(SEASON_MONTHS)) {
    const years = splitYears(m[1]!, m[2]!);
    const start = m.index ?? 0;
    if (!years || found.length >= MAX_FISCAL) continue;
    const a = MONTH_NAMES.indexOf(m[3]!.toLowerCase()) + 1;
    const b = MONTH_NAMES.indexOf(m[4]!.toLowerCase()) + 1;
    // the season ends in its second year unless both months fall in the first ("2024/25 March-December")
    const endYear = b < a ? years[1] : years[0];
    const pad = (n: number) => String(n).padStart(2, '0');
    months.push({ start, end: start + m[0].length, value: `${years[0]}-${pad(a)}/${endYear}-${pad(b)}` });
  }
  for (const m of text.matchAll(SEASON)) {
    const years = splitYears(m[1]!, m[2]!);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (years && CROP_WORDS.test(sentenceAround(text, start, end))) found.push({ start, end, years });
    if (found.length >= MAX_FISCAL) break;
  }
  for (const f of months) {
    if (out.length >= MAX_FISCAL) break;
    out.push({ ...periodMention(text, tk, f.start, f.end, f.value, 'marketing'), grain: 'span' });
  }
  for (const f of found) {
    if (out.length >= MAX_FISCAL) break;
    if (out.some((o) => o.start < f.end && f.start < o.end)) continue;
    out.push(periodMention(text, tk, f.start, f.end, `MY${f.years[0]}-${String(f.years[1]).slice(2)}`, 'marketing'));
  }
}

function periodMention(text: string, tk: Token[], start: number, end: number, value: string, qualifier: string): DateMention {
  const firstToken = tokenAt(tk, start);
  const nextToken = tokenAt(tk, end - 1) + 1;
  return {
    text: text.slice(start, end), start, end, value, grain: 'year', from: null, to: null, lastFrom: null, openStart: false, openEnd: false,
    relative: false, inferredYear: false, qualifier, bias: 'nearest', firstToken, nextToken, parts: [],
  };
}

/** "last financial year", "the current fiscal year", "next financial year": a fiscal year counted from the report. */
const RELATIVE_FISCAL = /\b(last|previous|past|this|current|next|coming)\s+(financial|fiscal)\s+year\b(?!\s?['’]?\d)/gi;
/** Regions whose financial year runs July to June; most others that write "financial year" start it in April. */
const JULY_YEAR = new Set(['AU', 'NZ', 'KE', 'PK', 'EG', 'BD', 'UG', 'TZ', 'NP']);
/** Regions whose press writes a fiscal year across two calendar years ("FY2026-27"), whatever it calls it. */
const STRADDLING = new Set(['IN', 'GB', 'AU', 'NZ', 'KE', 'PK', 'EG', 'BD', 'UG', 'TZ', 'NP', 'ZA', 'LK', 'HK', 'SG', 'MY', 'NG', 'IE']);

/** The region of a language tag ("en-IN": IN), upper-cased, or null. */
function regionOf(locale: string | null): string | null {
  return /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale?.trim() ?? '')?.[1]?.toUpperCase() ?? null;
}

/**
 * A fiscal year named by its place relative to the report: in a region that writes financial years across
 * two calendar years, the one running at the publication date, the one before or the one after, labelled
 * by the years it spans (FY2026-27 from April, or from July where the region's year starts then). A US or
 * unplaced "fiscal year" is left to the reading of relative dates: companies start theirs in any month.
 */
function relativeFiscalYears(text: string, tk: Token[], ref: number | null, locale: string | null, out: DateMention[]): void {
  if (ref === null) return;
  const region = regionOf(locale);
  const { y, m } = ymd(ref);
  const startMonth = region && JULY_YEAR.has(region) ? 7 : 4;
  const running = m >= startMonth ? y : y - 1;
  for (const f of text.matchAll(RELATIVE_FISCAL)) {
    if (out.length >= MAX_FISCAL) break;
    const financial = f[2]!.toLowerCase() === 'financial';
    if (!(region ? STRADDLING.has(region) : financial)) continue;
    const which = f[1]!.toLowerCase();
    const first = running + (['last', 'previous', 'past'].includes(which) ? -1 : ['next', 'coming'].includes(which) ? 1 : 0);
    const start = f.index ?? 0;
    const end = start + f[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ ...periodMention(text, tk, start, end, `FY${first}-${String(first + 1).slice(2)}`, 'fiscal'), relative: true });
  }
}

export function fiscalYears(text: string, tk: Token[], at: { ref: number | null; locale: string | null } = { ref: null, locale: null }): DateMention[] {
  const out: DateMention[] = [];
  marketingYears(text, tk, out);
  relativeFiscalYears(text, tk, at.ref, at.locale, out);
  for (const m of text.matchAll(FISCAL)) {
    if (out.length >= MAX_FISCAL) break;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const first = fullYear(m[2]!);
    if (first < 1950 || first > 2100) continue;
    let value = `FY${first}`;
    if (m[3]) {
      const second = fullYear(m[3].length === 2 ? `${String(first).slice(0, 2)}${m[3]}` : m[3]);
      // "FY 2023-24": consecutive years make one fiscal year; anything else is not one
      if (second !== first + 1) continue;
      value = `FY${first}-${String(second).slice(2)}`;
    }
    // "Q3 FY25", "FY2024 H2": a quarter or half of the fiscal year, kept with it
    const part = (m[1] ?? m[4])?.toUpperCase();
    if (part) value += `-${/^\d/.test(part) ? `${part[1]}${part[0]}` : part}`;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push(periodMention(text, tk, start, end, value, 'fiscal'));
  }
  for (const m of text.matchAll(PART_OF_FISCAL)) {
    if (out.length >= MAX_FISCAL) break;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const first = fullYear(m[3]!);
    const second = m[4] ? fullYear(m[4].length === 2 ? `${String(first).slice(0, 2)}${m[4]}` : m[4]) : null;
    if (first < 1950 || first > 2100 || (second !== null && second !== first + 1)) continue;
    const n = ORDINALS.indexOf(m[1]!.toLowerCase()) + 1;
    const part = m[2]!.toLowerCase() === 'quarter' ? `Q${n}` : n <= 2 ? `H${n}` : null;
    if (!part) continue;
    const value = second === null ? `FY${first}-${part}` : `FY${first}-${String(second).slice(2)}-${part}`;
    // the fiscal year alone was read above from the same words: the part of it replaces it
    const inner = out.findIndex((o) => o.start >= start && o.end <= end);
    if (inner >= 0) out.splice(inner, 1);
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push(periodMention(text, tk, start, end, value, 'fiscal'));
  }
  for (const m of text.matchAll(FISCAL_AFTER)) {
    if (out.length >= MAX_FISCAL) break;
    const years = splitYears(m[1]!, m[2]!);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!years || out.some((o) => o.start < end && start < o.end)) continue;
    out.push(periodMention(text, tk, start, end, `FY${years[0]}-${String(years[1]).slice(2)}`, 'fiscal'));
  }
  for (const m of text.matchAll(FISCAL_YEAR_AFTER)) {
    if (out.length >= MAX_FISCAL) break;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push(periodMention(text, tk, start, end, `FY${m[1]}`, 'fiscal'));
  }
  for (const m of text.matchAll(SEASON_RANGE)) {
    if (out.length >= MAX_FISCAL) break;
    const first = splitYears(m[1]!, m[2]!);
    const last = splitYears(m[3]!, m[4]!);
    const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
    const end = (m.index ?? 0) + m[0].length;
    if (!first || !last || last[0] <= first[0] || !SEASON_WORD.test(sentenceAround(text, start, end)) || CROP_WORDS.test(sentenceAround(text, start, end))) continue;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ ...periodMention(text, tk, start, end, `${first[0]}/${last[1]}`, 'range'), grain: 'span' });
  }
  for (const m of text.matchAll(YEAR_PAIR)) {
    if (out.length >= MAX_FISCAL) break;
    const years = splitYears(m[1]!, m[2]!);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!years || out.some((o) => o.start < end && start < o.end) || !PUBLIC_MONEY.test(sentenceAround(text, start, end))) continue;
    // "the accounts for the 2024-25 season": a sports season, not a fiscal year, whatever money the sentence counts
    if (SEASON_AFTER.test(text.slice(end, end + 30)) && !CROP_WORDS.test(sentenceAround(text, start, end))) continue;
    out.push(periodMention(text, tk, start, end, `FY${years[0]}-${String(years[1]).slice(2)}`, 'fiscal'));
  }
  return out.sort((a, b) => a.start - b.start);
}
