import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * "exports for the first nine months ... 4% below the same period of 2030": the comparison names the
 * period the story just gave, in another year. Only a period stated in this sentence or the one before
 * is carried; with none, the year written stays the date.
 */

/** The unit after "same" and which values of a stated period it may stand for. */
const UNIT_FITS: Record<string, RegExp> = {
  quarter: /^\d{4}-Q\d$/,
  half: /^\d{4}-H\d$/,
  month: /^\d{4}-\d{2}$/,
  months: /^\d{4}-\d{2}(?:-\d{2})?\/\d{4}-\d{2}(?:-\d{2})?$/,
  period: /^\d{4}-(?:Q\d|H\d|\d{2}(?:-\d{2})?\/\d{4}-\d{2}(?:-\d{2})?)$/,
};

/** How many sentences back the stated period may stand, and how many dates back it is looked for. */
const SENTENCES_BACK = 1;
const DATES_BACK = 12;

function unitBefore(tk: Token[], first: number): { unit: string; same: number } | null {
  let k = first - 1;
  if (tk[k]?.low === 'of' || tk[k]?.low === 'in') k--;
  const unit = tk[k]?.low ?? '';
  if (!(unit in UNIT_FITS) || tk[k - 1]?.low !== 'same') return null;
  return { unit, same: k - 1 };
}

/** The value moved so that its first year is `year`; every year in it moves alike. */
function inYear(value: string, year: number): string {
  const from = Number(value.slice(0, 4));
  return value.replace(/\d{4}(?=-)/g, (y) => String(Number(y) - from + year));
}

export function samePeriods(dates: DateMention[], text: string, tk: Token[], sentenceOf: Int32Array): DateMention[] {
  return dates.map((d, i) => {
    if (!/^\d{4}$/.test(d.value) || d.parts.length > 0) return d;
    const found = unitBefore(tk, d.firstToken);
    if (!found) return d;
    const s = sentenceOf[d.firstToken]!;
    const fits = UNIT_FITS[found.unit]!;
    for (let j = i - 1; j >= 0 && j >= i - DATES_BACK; j--) {
      const p = dates[j]!;
      if (sentenceOf[p.firstToken]! < s - SENTENCES_BACK) break;
      if (p.parts.length > 0 || !fits.test(p.value) || p.value.startsWith(d.value)) continue;
      const start = tk[found.same]!.start;
      return { ...d, value: inYear(p.value, Number(d.value)), start, text: text.slice(start, d.end), firstToken: found.same, yearNote: 'the period stated before, in the year compared' };
    }
    return d;
  });
}
