import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * "output fell 15% in April and May": two months in a row joined by "and" after a preposition of time
 * cover one stretch, the span of both, as "from April to May" would. Months apart ("in April and
 * June") stay two dates.
 */

const LEADS = new Set(['in', 'during', 'over', 'for', 'through', 'throughout']);
const MONTH = /^(\d{4})-(\d{2})$/;

function nextMonth(value: string): string | null {
  const v = MONTH.exec(value);
  if (!v) return null;
  const y = Number(v[1]);
  const m = Number(v[2]);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function joinMonthPairs(dates: DateMention[], text: string, tk: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    const joined = b && a.parts.length === 0 && b.parts.length === 0 && nextMonth(a.value) === b.value
      && b.firstToken === a.nextToken + 1 && tk[a.nextToken]?.low === 'and' && LEADS.has(tk[a.firstToken - 1]?.low ?? '');
    if (!joined) {
      out.push(a);
      continue;
    }
    out.push({
      ...a, value: `${a.value}/${b.value}`, text: text.slice(a.start, b.end), end: b.end, nextToken: b.nextToken, grain: 'span',
      to: b.to, lastFrom: b.from, qualifier: 'range', inferredYear: a.inferredYear || b.inferredYear, relative: a.relative || b.relative,
    });
    i++;
  }
  return out;
}
