import { blockOfStreet, NUMBERED_THINGS } from './numbered-things.ts';
import type { Token } from '../text/tokenize.ts';
import { dayNumber, half, quarter, year, ymd } from './calendar.ts';
import { compactPeriod } from './compact-periods.ts';
import { monthHalf } from './month-halves.ts';
import { monthQuarterHit } from './month-quarters.ts';
import { yearAt } from './fields.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { pickByBias } from './resolve.ts';
import { type DateCtx, type DateHit, glued, hit, isNum, raw, sameLine, w } from './types.ts';

/** Years, decades, centuries, quarters and halves: "2025", "the 1990s", "15th century", "Q3 2025", "first half of 2024". */

/** Words after which a bare number is read as a year even outside 1900-2100. */
const YEAR_LEAD = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'for', 'during', 'before', 'after', 'through',
  'to', 'between', 'and', 'or', 'the', 'early', 'mid', 'late', 'year', 'fiscal', 'around', 'circa', 'throughout', 'into', 'than', 'as', 'at', 'over']);
const NOT_BEFORE_YEAR = new Set(['$', '£', '€', '¥', '#', 'no', 'number', 'flight', 'route', 'model', 'version', 'page', 'pages', 'article', 'section', 'rule', 'pay', 'paid', 'room', 'unit', 'units', 'about', 'nearly', 'almost', 'some', 'only', 'just', 'all']);
/** Words that make a following number a count, not a year. */
const COUNT_AFTER = new Set(['%', 'percent', 'per', 'pct', 'tonnes', 'tons', 'tonne', 'ton', 't', 'kg', 'mt', 'people', 'pieces', 'units', 'workers', 'jobs', 'times', 'million', 'billion', 'thousand', 'hundred', 'yuan', 'dollars', 'euros', 'barrels', 'metres', 'meters', 'km', 'miles', 'acres', 'hectares', 'companies', 'firms', 'items', 'cases', 'points', 'students', 'stars', 'votes', 'seats', 'troops', 'vehicles', 'cars', 'deaths', 'of']);

function isAllCapsCode(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && MONTHS[t.low] === undefined;
}

function looksPlural(w: string): boolean {
  return w.endsWith('s') && !/(?:ss|us|is)$/.test(w);
}

/** Capitalized words that may stand before a year without making it part of a name. */
const BEFORE_YEAR_IN_TITLES = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'than', 'until', 'since', 'before', 'after', 'during', 'through', 'between', 'into', 'over', 'around', 'about', 'circa', 'is', 'was',
  'are', 'were', 'be', 'will', 'its', 'their', 'this', 'that', 'next', 'last', 'year', 'fiscal', 'fy', 'cy', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'christmas', 'easter', 'ad', 'bc', 'ce', 'bce', 'early', 'mid', 'late', 'end', 'start', 'class', 'season',
  'calendar', 'budget', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'quarter', 'half', 'updated', 'published', 'posted']);
const SENTENCE_START = new Set(['.', '!', '?', ':', '"', '“', '(', '[', '—', '-', '|', ';']);

/**
 * "Office 2016", "Football Manager 2020", "Vision 2030": a year right after a capitalized word inside a
 * sentence closes the name of a product, an event or a plan; it does not date the story.
 */
function closesName(tk: Token[], i: number): boolean {
  const prev = tk[i - 1];
  const before = tk[i - 2];
  if (!prev || prev.kind !== 'word' || tk[i]!.gap !== 1 || prev.gap >= 2 || !before) return false;
  if (prev.raw[0] === prev.low[0] || prev.raw === prev.raw.toUpperCase()) return false;
  if (BEFORE_YEAR_IN_TITLES.has(prev.low) || MONTHS[prev.low] !== undefined || WEEKDAYS[prev.low] !== undefined) return false;
  // the capitalized word opens a sentence or a line: an ordinary word, not a name
  return !SENTENCE_START.has(before.raw);
}

const STREET = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'drive', 'dr', 'place', 'pl', 'lane', 'ln', 'boulevard', 'blvd',
  'court', 'ct', 'way', 'parkway', 'pkwy', 'circle', 'terrace', 'highway', 'hwy', 'trail', 'square', 'plaza', 'pike', 'row']);

/** "2134 Caldwell Place", "1909 N. Main St.": a number before capitalized words ending in a street word is a house number. */
function opensAddress(tk: Token[], next: number): boolean {
  for (let k = next; k < next + 4; k++) {
    const t = tk[k];
    if (!t || t.gap >= 2 || t.kind !== 'word' || t.raw[0] === t.low[0]) {
      if (t?.raw === '.' && k > next) continue;
      return false;
    }
    if (k > next && STREET.has(t.low)) return true;
  }
  return false;
}

/**
 * "1950-2000 fans", "1900-2000 degrees": a range whose far end counts what follows is a range of counts, so its
 * near end is no year either. After a word that leads to years ("in 2014-2018 sales rose") it stays a span.
 */
function countRangeStart(tk: Token[], next: number, lead: string): boolean {
  const dash = tk[next];
  const far = tk[next + 1];
  const noun = tk[next + 2];
  if (!dash || dash.raw !== '-' || dash.gap !== 0 || !far || far.kind !== 'num' || far.gap !== 0 || !noun || noun.gap !== 1) return false;
  // "temperatures of 1900-2000 degrees": "of" leads to a count as often as to a year
  if ((YEAR_LEAD.has(lead) && lead !== 'of') || noun.kind !== 'word' || noun.low === 'of') return false;
  return COUNT_AFTER.has(noun.low) || RANGE_COUNTED.has(noun.low);
}

/** Things counted or measured in a range, beyond those that make a single number a count ("2000-2500 fans"). */
const RANGE_COUNTED = new Set(['degrees', 'fans', 'pounds', 'feet', 'yards', 'residents', 'members', 'staff', 'employees', 'users',
  'customers', 'visitors', 'spectators', 'attendees', 'homes', 'households', 'stores', 'calories', 'words', 'pages', 'kilometres',
  'kilometers', 'litres', 'liters', 'gallons', 'rupees', 'pesos', 'yen']);

/** A group of three or more digits, or one with a leading zero, one space from its neighbour ("March 5 2025" has one digit). */
function digitGroup(t: Token | undefined, spaced: Token | undefined): boolean {
  return !!t && !!spaced && t.kind === 'num' && spaced.gap === 1 && /^\d+$/.test(t.raw) && (t.raw.length >= 3 || t.raw[0] === '0');
}

/** A four-digit number read as a year ("in 2024", "the 2024 Summit", "2025"), not a count ("2000 pieces"). */
export function bareYear(tk: Token[], i: number): { y: number; next: number } | null {
  const t = tk[i];
  if (!t || t.kind !== 'num') return null;
  const prev = tk[i - 1];
  if (prev && t.gap === 0 && (prev.kind === 'word' || prev.kind === 'num' || prev.raw === '.' || prev.raw === ',' || prev.raw === '-' || prev.raw === '/' || prev.raw === '$' || prev.raw === '~')) {
    // "2014-2018": the second year of a range; "-2020-07-01-" framing dashes; otherwise a chain or code
    const p2 = tk[i - 2];
    const p3 = tk[i - 3];
    const yearRange = (prev.raw === '-' || prev.raw === '~') && p2?.kind === 'num' && p2.raw.length === 4 && Number(p2.raw) < Number(t.raw)
      && !(p3 && p2.gap === 0 && (p3.raw === '-' || p3.raw === '/'));
    // "mid-2026", "pre-2020", "end-2025": a lower-case word hyphened to a year; "ABC-2020" is a code
    const framing = prev.raw === '-' && (!p2 || (p2.kind !== 'num' && p2.kind !== 'word') || (p2.kind === 'word' && p2.raw === p2.low && prev.gap === 0));
    if (!yearRange && !framing) return null;
  }
  // "0800 2025 111", "1300 555 2024": digit groups set apart by spaces are a phone number or a code
  if (digitGroup(prev, t) || digitGroup(tk[i + 1], tk[i + 1])) return null;
  // "32 - 2015", "2015 - 32": a spaced dash to a number that is no year
  if (prev && prev.raw === '-' && prev.gap === 1 && tk[i - 2]?.kind === 'num' && tk[i - 2]!.raw.length !== 4) return null;
  const y = yearAt(tk, i);
  if (!y || y.two) return null;
  const lead = prev && t.gap < 2 ? (prev.kind === 'word' ? prev.low : prev.raw) : '';
  if (NOT_BEFORE_YEAR.has(lead) || NUMBERED_THINGS.has(lead) || isAllCapsCode(prev)) return null;
  // "Copyright 2019", "© 2018": the year of a notice, not of the story
  if (lead === 'copyright' || lead === '©' || (lead === ')' && tk[i - 2]?.low === 'c' && tk[i - 3]?.raw === '(')) return null;
  // "the Class of 2019": a cohort named by the year it leaves school, a name rather than a date of the story
  if (lead === 'of' && tk[i - 2]?.low === 'class' && (tk[i - 2]!.raw === 'Class' || tk[i - 3]?.low === 'the')) return null;
  // "No. 2019": a number after "No." is a number of its kind, never a year
  const abbrev = tk[i - 2];
  if (lead === '.' && prev!.gap === 0 && abbrev?.kind === 'word' && (abbrev.low === 'no' || abbrev.low === 'nos')) return null;
  const after = tk[y.next];
  const next = after && after.gap < 2 ? (after.kind === 'word' ? after.low : after.raw) : '';
  if (COUNT_AFTER.has(next) && !(next === 'of' && YEAR_LEAD.has(lead))) return null;
  // a following glued separator and number makes it part of a chain ("2010-2015-86")
  if (after && after.gap === 0 && (after.raw === '-' || after.raw === '/' || after.raw === '.') && isNum(tk, y.next + 1) && glued(tk, y.next + 1)) {
    const n = tk[y.next + 1]!;
    // "2014-2018" is a range of years; "2012-1400", "2010-2015-86" are codes
    if (n.raw.length !== 4 || Number(n.raw) <= y.value || Number(n.raw) > 2100 || (tk[y.next + 2]?.gap === 0 && (tk[y.next + 2]!.raw === '-' || tk[y.next + 2]!.raw === '/'))) return null;
  }
  // "deliver 2000 pieces": a plural noun after a number outside any date wording; "a 2018 analysis" is
  // no plural ("a" and "an" take one thing, and "-sis", "-ss", "-us" end singular nouns)
  if (after && after.kind === 'word' && after.gap === 1 && looksPlural(after.low) && after.raw[0] === after.low[0] && !YEAR_LEAD.has(lead) && lead !== 'an' && after.low !== 'is' && after.low !== 'was') return null;
  if (countRangeStart(tk, y.next, lead)) return null;
  if (closesName(tk, i) || opensAddress(tk, y.next) || blockOfStreet((k) => tk[k]?.low, y.next)) return null;
  // "the 2024 Summit": a year naming an event is part of a name, not a date
  if ((lead === 'the' || lead === 'a' || lead === 'its' || lead === 'this') && after && after.kind === 'word' && after.gap === 1 && after.raw[0] !== after.low[0]) return null;
  const after2 = tk[y.next + 1];
  if (after && after.raw === '-' && after.gap === 1 && after2?.kind === 'num' && after2.raw.length !== 4) return null;
  const strong = YEAR_LEAD.has(lead);
  const era = y.next > i + 1;
  if (y.value < 1900 || y.value > 2100) {
    if (!strong || (y.value < 1000 && !era)) return null;
  }
  return { y: y.value, next: y.next };
}

function yearHit(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  // "the year 2008", "calendar year 2008", "cy 2008", "fiscal year 2008"
  if (w(tk, j) === 'the' && w(tk, j + 1) === 'year') j += 2;
  else if ((w(tk, j) === 'calendar' || w(tk, j) === 'fiscal' || w(tk, j) === 'school') && w(tk, j + 1) === 'year') j += 2;
  else if (w(tk, j) === 'year' || w(tk, j) === 'cy' || w(tk, j) === 'fy') j += 1;
  if (j > i && isNum(tk, j) && tk[j]!.raw.length === 2 && (w(tk, i) === 'cy' || w(tk, i) === 'fy')) {
    return hit(i, j + 1, year(2000 + Number(tk[j]!.raw)));
  }
  const y = bareYear(tk, j);
  if (!y) {
    // "in nineteen ninety six", "since two thousand and five"
    if (j === i && YEAR_LEAD.has(w(tk, i - 1)) && tk[i]?.kind === 'word') {
      const sp = yearAt(tk, i, { spelled: true });
      if (sp) return hit(i, sp.next, year(sp.value));
    }
    return null;
  }
  return hit(i, y.next, year(y.y));
}

function sAfter(tk: Token[], k: number): boolean {
  const t = tk[k];
  return !!t && t.kind === 'word' && t.low === 's' && t.gap <= 1 && !(tk[k + 1]?.raw === "'");
}

const CENTURY_ORD: Record<string, number> = { nineteenth: 19, twentieth: 20, eighteenth: 18, seventeenth: 17, sixteenth: 16, fifteenth: 15 };

const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

function decadeHit(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  const t = tk[j];
  if (!t) return null;
  let start: number | null = null;
  let next = j + 1;
  if (t.kind === 'num' && (t.raw.length === 4 || t.raw.length === 2) && t.raw.endsWith('0') && sAfter(tk, j + 1)) {
    // "1990s", "1990 s", "90s", "'90s"
    const v = Number(t.raw);
    const quoted = tk[j - 1]?.raw === "'" && t.gap === 0;
    start = t.raw.length === 4 ? v : v >= 40 || quoted ? 1900 + v : null;
    if (t.raw.length === 2 && start === null) start = 1900 + v;
    next = j + 2;
    if (quoted && j === i) return start === null ? null : hit(i - 1, next, { from: dayNumber(start, 1, 1), to: dayNumber(start + 10, 1, 1), grain: 'decade' });
  } else if (t.kind === 'word' && DECADE_WORDS[t.low] !== undefined && (j > i || ctx.tk[i - 1]?.kind === 'word')) {
    start = 1900 + DECADE_WORDS[t.low]!;
  }
  if (start === null) return null;
  return hit(i, next, { from: dayNumber(start, 1, 1), to: dayNumber(start + 10, 1, 1), grain: 'decade' });
}

function centuryHit(ctx: DateCtx, i: number): DateHit | null {
  const { tk } = ctx;
  let j = i;
  if (w(tk, j) === 'the') j++;
  let n: number | null = null;
  let k = j;
  if (isNum(tk, j) && ['st', 'nd', 'rd', 'th'].includes(w(tk, j + 1)) && glued(tk, j + 1)) {
    n = Number(tk[j]!.raw);
    k = j + 2;
  } else {
    if (w(tk, j) === 'twenty' && (w(tk, j + 1) === 'first' || (raw(tk, j + 1) === '-' && w(tk, j + 2) === 'first'))) {
      n = 21;
      k = raw(tk, j + 1) === '-' ? j + 3 : j + 2;
    } else if (CENTURY_ORD[w(tk, j)] !== undefined) {
      n = CENTURY_ORD[w(tk, j)]!;
      k = j + 1;
    }
  }
  if (n === null || n < 1 || n > 30) return null;
  if (raw(tk, k) === '-' && glued(tk, k)) k++;
  if (w(tk, k) !== 'century') return null;
  const start = (n - 1) * 100;
  return hit(i, k + 1, { from: dayNumber(start, 1, 1), to: dayNumber(start + 100, 1, 1), grain: 'century' });
}

/** "the back half of next year", "the front half of 2027": the second and first halves, said of a half only. */
const HALF_SIDE: Record<string, number> = { front: 1, back: 2 };

const ORD_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4 };

/** The year a quarter or half belongs to: "2025", "of 2025", "of this year", "of last year". */
function periodYear(tk: Token[], j: number, ref: number | null): { y: number; next: number; relative: boolean } | null {
  let k = j;
  if (w(tk, k) === 'of' || w(tk, k) === 'in' || raw(tk, k) === ',' || (raw(tk, k) === '-' && glued(tk, k))) k++;
  if (w(tk, k) === 'the' && w(tk, k + 1) === 'year' && ref !== null) return { y: ymd(ref).y, next: k + 2, relative: true };
  const rel = w(tk, k);
  if ((rel === 'this' || rel === 'last' || rel === 'next' || rel === 'current' || rel === 'previous') && w(tk, k + 1) === 'year' && ref !== null) {
    const ry = ymd(ref).y;
    return { y: rel === 'last' || rel === 'previous' ? ry - 1 : rel === 'next' ? ry + 1 : ry, next: k + 2, relative: true };
  }
  if (!sameLine(tk, k)) return null;
  const y = yearAt(tk, k, { twoDigit: raw(tk, k - 1) === "'" });
  return y ? { y: y.value, next: y.next, relative: false } : null;
}

const HALF_LEADS = new Set(['in', 'during', 'for', 'the', 'of', 'over', 'since', 'until', 'through', 'and', 'from', 'to', 'by', 'vs', 'versus', 'than', 'this', 'last', 'next']);

function bareHalfLead(tk: Token[], i: number): boolean {
  const prev = tk[i - 1];
  if (!prev || tk[i]!.gap >= 2) return true;
  if (prev.kind === 'punct') return prev.raw !== '-' && prev.raw !== '/';
  return prev.kind === 'word' && HALF_LEADS.has(prev.low);
}

function quarterHit(ctx: DateCtx, i: number): DateHit | null {
  const { tk, ref } = ctx;
  const compact = compactPeriod(tk, i);
  if (compact) return compact;
  let kind: 'q' | 'h' | null = null;
  let n = 0;
  let k = i;
  let y: number | null = null;
  // "2017-q1", "2019 H2"
  if (isNum(tk, i) && tk[i]!.raw.length === 4 && (w(tk, i + 1) === 'q' || w(tk, i + 1) === 'h' || (raw(tk, i + 1) === '-' && glued(tk, i + 1) && (w(tk, i + 2) === 'q' || w(tk, i + 2) === 'h')))) {
    y = Number(tk[i]!.raw);
    k = raw(tk, i + 1) === '-' ? i + 2 : i + 1;
    if (tk[k]!.gap > 1) return null;
  }
  const word = w(tk, k);
  if ((word === 'q' || word === 'h') && isNum(tk, k + 1) && glued(tk, k + 1) && tk[k + 1]!.raw.length === 1) {
    kind = word;
    n = Number(tk[k + 1]!.raw);
    k += 2;
    if (tk[k] && tk[k]!.gap === 0 && tk[k]!.kind === 'word') return null;
  } else if (y === null) {
    let j = k;
    if (w(tk, j) === 'the') j++;
    const ord = ORD_Q[w(tk, j)] ?? HALF_SIDE[w(tk, j)] ?? (isNum(tk, j) ? ORD_Q[`${tk[j]!.raw}${w(tk, j + 1)}`] : undefined);
    if (ord === undefined) return null;
    j += isNum(tk, j) ? 2 : 1;
    if (raw(tk, j) === '-' && glued(tk, j)) j++;
    const unit = w(tk, j);
    if (unit === 'quarter') kind = 'q';
    else if (unit === 'half' && ord <= 2) kind = 'h';
    else return null;
    if (HALF_SIDE[w(tk, j - 1)] !== undefined && (kind !== 'h' || w(tk, j - 2) !== 'the')) return null;
    if (w(tk, j - 1) === 'last' || w(tk, j - 1) === 'final') n = kind === 'q' ? 4 : 2;
    else n = ord;
    // "last quarter" alone is the previous quarter (relative.ts), "the last quarter of 2024" is Q4
    if ((w(tk, j - 1) === 'last') && !periodYear(tk, j + 1, ref)) return null;
    k = j + 1;
  }
  if (!kind || n < 1 || (kind === 'q' ? n > 4 : n > 2)) return null;
  let relative = false;
  if (y === null && kind === 'h') {
    const inMonth = monthHalf(ctx, i, n, k);
    if (inMonth) return inMonth;
  }
  if (y === null) {
    const py = periodYear(tk, k, ref);
    if (py) {
      y = py.y;
      k = py.next;
      relative = py.relative;
    }
  }
  const q = kind === 'q';
  if (y !== null) return hit(i, k, q ? quarter(y, n) : half(y, n), { relative });
  if (ref === null) return null;
  // "green H2", "H2 supply": hydrogen; a bare H1 or H2 dates a figure only after a word of time or at a start
  if (!q && (w(tk, i) === 'h') && !bareHalfLead(tk, i)) return null;
  const ry = ymd(ref).y;
  const p = pickByBias(q ? [quarter(ry - 1, n), quarter(ry, n), quarter(ry + 1, n)] : [half(ry - 1, n), half(ry, n), half(ry + 1, n)], ref, ctx.bias);
  return p ? hit(i, k, p, { relative: true, inferredYear: true }) : null;
}

export function periodExpr(ctx: DateCtx, i: number): DateHit | null {
  let best: DateHit | null = null;
  for (const f of [quarterHit, monthQuarterHit, centuryHit, decadeHit, yearHit]) {
    const h = f(ctx, i);
    if (h && (!best || h.next > best.next)) best = h;
  }
  return best;
}
