import type { Token } from '../text/tokenize.ts';
import { pageLanguage, type PageLanguage } from '../text/page-language.ts';
import { isoDay } from './calendar.ts';
import { dayAt } from './fields.ts';
import { expandTwoDigitYear } from './lexicon.ts';
import { foreignMonth, type MonthForm } from './foreign-months.ts';
import { foreignWeekday } from './foreign-weekdays.ts';
import { resolveSpec } from './resolve.ts';
import { type Bias, type CalSpec, type DateHit, glued, hit, sameLine } from './types.ts';

/**
 * Calendar dates of pages written in another language: "12. September 2018", "10 de março de 2018",
 * "8 октября", "janeiro de 2018", "03.04.2019" (day first), spans ("am 12. bis 13. September", "de março
 * a maio"), a month after a preposition ("в октябре", "im Oktober") and a year after one ("em 2019",
 * "im Jahr 2018"). Month names come from the locale data
 * (foreign-months.ts); only the few small words that join a date's parts are listed here.
 */

interface Grammar {
  /** Words between day and month or month and year: "10 de março de 2018", "del 2018". */
  of: string[];
  /** Words joining two days of one month: "12. bis 13.", "del 3 al 5". */
  to: string[];
  /** Prepositions that make the next month name or year a date: "im Oktober", "em 2019". */
  prep: string[];
  /** Nouns for "year" between a preposition and the year: "im Jahr 2018", "no ano de 2019". */
  yearNoun: string[];
}

const GRAMMAR: Record<Exclude<PageLanguage, 'en'>, Grammar> = {
  de: { of: [], to: ['bis', 'und'], prep: ['im', 'in', 'seit', 'bis', 'ab', 'vom', 'von', 'anfang', 'ende', 'mitte'], yearNoun: ['jahr', 'jahre', 'jahres'] },
  fr: { of: [], to: ['au', 'à', 'et'], prep: ['en', 'depuis', 'dès', 'début', 'fin', 'mi', 'de'], yearNoun: ['an', 'année'] },
  es: { of: ['de', 'del'], to: ['al', 'y', 'a'], prep: ['en', 'desde', 'hasta', 'de', 'del', 'durante'], yearNoun: ['año'] },
  pt: { of: ['de', 'do'], to: ['a', 'ao', 'e'], prep: ['em', 'desde', 'até', 'de', 'durante', 'no'], yearNoun: ['ano'] },
  it: { of: ['del'], to: ['al', 'e'], prep: ['a', 'in', 'nel', 'dal', 'dall', 'al', 'entro', 'da', 'di', 'del', 'fino'], yearNoun: ['anno'] },
  nl: { of: [], to: ['tot', 'en'], prep: ['in', 'sinds', 'tot', 'vanaf', 'begin', 'eind', 'medio'], yearNoun: ['jaar'] },
  ru: { of: [], to: ['по', 'и', 'до'], prep: ['в', 'во', 'с', 'со', 'до', 'к', 'после', 'начале', 'конце', 'середине'], yearNoun: [] },
  pl: { of: [], to: ['do', 'i'], prep: ['w', 'we', 'od', 'do', 'po', 'przed'], yearNoun: ['roku', 'rok'] },
  id: { of: [], to: ['hingga', 'sampai', 'dan'], prep: ['pada', 'sejak', 'hingga', 'sampai', 'bulan', 'tahun', 'awal', 'akhir'], yearNoun: ['tahun'] },
};

const word = (tk: Token[], j: number): string => {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
};

/** A four-digit year standing alone (not "2018,5", "2018-19" is left to the English reader). */
function yearAt(tk: Token[], j: number): { value: number; next: number } | null {
  const t = tk[j];
  if (!t || t.kind !== 'num' || t.raw.length !== 4 || !sameLine(tk, j)) return null;
  const y = Number(t.raw);
  if (y < 1000 || y > 2999) return null;
  const after = tk[j + 1];
  if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num' || ((after.raw === ',' || after.raw === '.') && tk[j + 2]?.kind === 'num' && tk[j + 2]!.gap === 0))) return null;
  return { value: y, next: j + 1 };
}

/** A day number with its ordinal mark: "12.", "1er", "1º", "3-го". */
function foreignDay(tk: Token[], j: number): { value: number; next: number } | null {
  const t = tk[j];
  if (!t || t.kind !== 'num' || !sameLine(tk, j)) return null;
  // "€12 ...", "R$ 12": an amount
  const before = tk[j - 1];
  if (before && (before.raw === '$' || before.raw === '€' || before.raw === '£')) return null;
  const d = dayAt(tk, j);
  if (!d) return null;
  let next = d.next;
  const n = tk[next];
  if (n && n.gap === 0 && (n.raw === '.' || n.raw === 'º' || n.raw === '°' || n.low === 'er' || n.low === 'o')) next++;
  else if (n && n.gap === 0 && n.raw === '-' && tk[next + 1]?.gap === 0 && /^(?:го|е|ого)$/.test(tk[next + 1]!.low)) next += 2;
  return { value: d.value, next };
}

interface Found {
  form: MonthForm;
  next: number;
}

function monthAt(lang: PageLanguage, tk: Token[], j: number): Found | null {
  const t = tk[j];
  if (!t || t.kind !== 'word' || !sameLine(tk, j)) return null;
  const form = foreignMonth(lang, t.low);
  if (!form) return null;
  let next = j + 1;
  if (form.abbr && tk[next]?.raw === '.' && glued(tk, next)) next++;
  return { form, next };
}

/** The connecting word, if any, then the next part: "de 2018", "2018". */
function skipOf(g: Grammar, tk: Token[], j: number): number {
  return g.of.includes(word(tk, j)) ? j + 1 : j;
}

function resolved(first: number, next: number, spec: CalSpec, ref: number | null, bias: Bias): DateHit | null {
  const r = resolveSpec(spec, ref, bias);
  if (!r) return null;
  return hit(first, next, r.period, { relative: r.relative, inferredYear: r.inferredYear, spec });
}

/** DAY [of] MONTH [[of] YEAR], and DAY to DAY [of] MONTH [YEAR] as one span. */
function dayFirst(lang: PageLanguage, g: Grammar, tk: Token[], i: number, ref: number | null, bias: Bias): DateHit | null {
  const d = foreignDay(tk, i);
  if (!d) return null;
  let k = d.next;
  let second: { value: number; next: number } | null = null;
  const joiner = word(tk, k) || (tk[k]?.raw === '-' ? '-' : '');
  if (joiner === '-' || g.to.includes(joiner)) {
    second = foreignDay(tk, k + 1);
    if (second && second.value > d.value) k = second.next;
    else second = null;
  }
  k = skipOf(g, tk, k);
  const m = monthAt(lang, tk, k);
  if (!m) return null;
  let next = m.next;
  const spec: CalSpec = { m: m.form.month, d: d.value };
  const y = yearAt(tk, skipOf(g, tk, next));
  if (y) {
    spec.y = y.value;
    next = y.next;
  }
  if (!second) return resolved(i, next, spec, ref, bias);
  const from = resolved(i, d.next, spec, ref, bias);
  const until = resolved(i, next, { ...spec, d: second.value }, ref, bias);
  if (!from || !until || until.period.from < from.period.from) return null;
  // the year chosen for the first day goes with the second, so a span never straddles a guessed new year
  const untilDay = { ...until, period: { from: from.period.from + second.value - d.value, to: from.period.from + second.value - d.value + 1, grain: 'day' as const } };
  return hit(i, next, { from: from.period.from, to: untilDay.period.to, grain: 'span' }, {
    qualifier: 'range', lastFrom: untilDay.period.from, relative: from.relative, inferredYear: from.inferredYear,
    parts: [{ hit: from, role: 'from' }, { hit: untilDay, role: 'until' }],
  });
}

/** "03.04.2019", "5/6/2019", "03-04-19": every language we read besides English writes the day first. */
function numericDayFirst(tk: Token[], i: number): DateHit | null {
  const [d, s1, m, s2, y] = [tk[i], tk[i + 1], tk[i + 2], tk[i + 3], tk[i + 4]];
  if (!d || !s1 || !m || !s2 || !y || d.kind !== 'num' || m.kind !== 'num' || y.kind !== 'num') return null;
  if (!['.', '/', '-'].includes(s1.raw) || s2.raw !== s1.raw || [s1, m, s2, y].some((t) => t.gap !== 0)) return null;
  if (d.raw.length > 2 || m.raw.length > 2 || (y.raw.length !== 4 && y.raw.length !== 2)) return null;
  // glued to more figures ("1.2.2019.5", "10.03.2019-11") it is a code or a version
  const after = tk[i + 5];
  if (after && after.gap === 0 && (after.kind === 'num' || after.kind === 'word' || (/^[./-]$/.test(after.raw) && tk[i + 6]?.kind === 'num' && tk[i + 6]!.gap === 0))) return null;
  const before = tk[i - 1];
  if (before && d.gap === 0 && (before.kind === 'num' || /^[./-]$/.test(before.raw))) return null;
  const year = y.raw.length === 4 ? Number(y.raw) : expandTwoDigitYear(Number(y.raw));
  const r = resolveSpec({ y: year, m: Number(m.raw), d: Number(d.raw) }, null, 'past');
  return r && hit(i, i + 5, r.period, { spec: { y: year, m: Number(m.raw), d: Number(d.raw), numeric: true } });
}

/** MONTH [of] YEAR ("janeiro de 2018", "März 2019"), or a full month name after a preposition ("в октябре"). */
function monthFirst(lang: PageLanguage, g: Grammar, tk: Token[], i: number, ref: number | null, bias: Bias): DateHit | null {
  const m = monthAt(lang, tk, i);
  if (!m) return null;
  const span = monthSpan(lang, g, tk, i, m, ref, bias);
  if (span) return span;
  const y = yearAt(tk, skipOf(g, tk, m.next));
  if (y) return resolved(i, y.next, { y: y.value, m: m.form.month }, ref, bias);
  if (m.form.abbr) return null;
  const lead = tk[i]!.gap < 2 ? word(tk, i - 1) || tk[i - 1]?.raw.toLowerCase() : '';
  if (!lead || !g.prep.includes(lead)) return null;
  // a Slavic month after "в" is in the locative ("в октябре"); "в октября" is no date
  if ((lang === 'ru') && (lead === 'в' || lead === 'во') && !m.form.locative) return null;
  return resolved(i, m.next, { m: m.form.month }, ref, bias);
}

/** MONTH to MONTH [YEAR]: "von März bis Mai 2019", "de março a maio de 2019", "с марта по май". */
function monthSpan(lang: PageLanguage, g: Grammar, tk: Token[], i: number, m: Found, ref: number | null, bias: Bias): DateHit | null {
  const joiner = word(tk, m.next) || (tk[m.next]?.raw === '-' ? '-' : '');
  if (joiner !== '-' && !g.to.includes(joiner)) return null;
  const m2 = monthAt(lang, tk, m.next + 1);
  if (!m2 || m2.form.month === m.form.month) return null;
  const y = yearAt(tk, skipOf(g, tk, m2.next));
  if (!y && (m.form.abbr || m2.form.abbr)) return null;
  // the year written at the end is the closing month's; a span that turns the year starts in the one before
  const endYear = y?.value;
  const startYear = endYear === undefined ? undefined : m2.form.month < m.form.month ? endYear - 1 : endYear;
  const from = resolved(i, m.next, { y: startYear, m: m.form.month }, ref, bias);
  if (!from) return null;
  const fromYear = Number(isoDay(from.period.from).slice(0, 4));
  const untilYear = endYear ?? (m2.form.month < m.form.month ? fromYear + 1 : fromYear);
  const next = y ? y.next : m2.next;
  const until = resolved(m.next + 1, next, { y: untilYear, m: m2.form.month }, ref, bias);
  if (!until) return null;
  return hit(i, next, { from: from.period.from, to: until.period.to, grain: 'span' }, {
    qualifier: 'range', lastFrom: until.period.from, relative: from.relative, inferredYear: from.inferredYear,
    parts: [{ hit: from, role: 'from' }, { hit: { ...until, relative: from.relative, inferredYear: from.inferredYear }, role: 'until' }],
  });
}

/** A year after a preposition or a noun for "year": "em 2019", "im Jahr 2018", "в 2018 году", "tahun 2019". */
function bareYear(g: Grammar, tk: Token[], i: number): DateHit | null {
  const y = yearAt(tk, i);
  if (!y || tk[i]!.gap >= 2) return null;
  let k = i - 1;
  if (g.of.includes(word(tk, k))) k--;
  const before = word(tk, k);
  if (!g.prep.includes(before) && !g.yearNoun.includes(before)) return null;
  const r = resolveSpec({ y: y.value }, null, 'past');
  return r && hit(i, y.next, r.period, { spec: { y: y.value } });
}

/**
 * Foreign dates of the page, when it is written in one of the languages we read: each hit over tokens.
 * The tense cues are English words, so a foreign sentence has none: a date without a year is the
 * nearest one, as the English reading takes it in a sentence without a cue.
 */
export function findForeignDates(tk: Token[], ref: number | null, skip?: Uint8Array): DateHit[] {
  const l = pageLanguage(tk);
  if (l === null || l === 'en') return [];
  const g = GRAMMAR[l];
  const out: DateHit[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (skip?.[i]) continue;
    const t = tk[i]!;
    if (t.kind !== 'num' && t.kind !== 'word') continue;
    const bias: Bias = 'nearest';
    const h = t.kind === 'num' ? numericDayFirst(tk, i) ?? dayFirst(l, g, tk, i, ref, bias) ?? bareYear(g, tk, i) : monthFirst(l, g, tk, i, ref, bias) ?? foreignWeekday(l, tk, i, ref);
    if (!h) continue;
    h.bias = bias;
    out.push(h);
    i = h.next - 1;
  }
  return out;
}
