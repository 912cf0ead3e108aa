import { TENS, UNITS } from '../numbers/number-words.ts';
import type { Token } from '../text/tokenize.ts';
import { HOLIDAYS, MONTHS, ORDINAL_WORDS, UNITS as TIME_UNITS, WEEKDAYS } from './lexicon.ts';

/** Words that can start a date by themselves ("March", "yesterday", "week", "2025", "twenty"). */
const STRONG = new Set([
  'q', 'h', 'week', 'weeks', 'w', 'year', 'years', 'cy', 'fy', 'today', 'tonight', 'tonite', 'tomorrow', 'tomorrows', 'tmrw', 'tmr',
  'yesterday', 'few', 'several', 'couple', 'half', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties',
  'nineties', 'eoy', 'ytd', 'day', 'days', 'month', 'months', 'quarter', 'quarters', 'decade', 'decades', 'fortnight', 'weekend',
  'weekends', 'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'mid', 'late', 'end', 'start', 'beginning', 'middle',
  'ides', 'workweek', 'qtr', 'hour', 'hours', 'now', 'date', 'century',
]);
/** Function words that start a date only before another date word ("in 2025", "the end of", "last week"). */
const WEAK = new Set([
  'the', 'in', 'a', 'an', 'for', 'to', 'on', 'from', 'between', 'since', 'before', 'after', 'by', 'until', 'till', 'til', 'within',
  'over', 'during', 'more', 'less', 'as', 'no', 'not', 'up', 'that', 'same', 'this', 'last', 'next', 'past', 'previous', 'prior',
  'coming', 'following', 'upcoming', 'current', 'present', 'earlier', 'later', 'close', 'starting', 'greater', 'ahead', 'final',
  'business', 'working', 'calendar', 'fiscal', 'school', 'of', 'around', 'at', 'than', 'back', 'front',
]);
for (const h of HOLIDAYS) if (h.words[0] !== 'the') STRONG.add(h.words[0]!);
for (const table of [MONTHS, WEEKDAYS, UNITS, TENS, ORDINAL_WORDS, TIME_UNITS]) for (const k of Object.keys(table)) STRONG.add(k);
for (const k of ['morning', 'afternoon', 'evening', 'night', 'noon']) STRONG.add(k);

/** What may follow a figure that starts a date: "10 August", "2/15", "3rd", "5 days ago", "18 and 19 June". */
const AFTER_FIGURE = new Set(['st', 'nd', 'rd', 'th', 'of', 'and', 'or', 'to', 'through', 'thru', 'till', 'until', 'next', 'last',
  'past', 'previous', 'upcoming', 'coming', 'following', 's', 'a', 'ad', 'ce', 'bc', 'bce', 'business', 'working', 'thousand', 'hundred',
  'q', 'h', 'm']);
const AFTER_FIGURE_PUNCT = new Set(['/', '-', '.', ',', '~', ':']);
const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS)]);

function dateCanFollow(tk: Token[], j: number): boolean {
  const n = tk[j + 1];
  if (!n || n.gap >= 2) return true;
  if (n.kind === 'punct') return AFTER_FIGURE_PUNCT.has(n.raw);
  if (n.kind !== 'word') return false;
  const l = n.low;
  return AFTER_FIGURE.has(l) || MONTHS[l] !== undefined || WEEKDAYS[l] !== undefined || TIME_UNITS[l] !== undefined || NUMBER_WORDS.has(l) || ORDINAL_WORDS[l] !== undefined;
}

function strong(tk: Token[], j: number): boolean {
  const t = tk[j];
  if (!t) return false;
  if (t.kind === 'num') {
    // the digits after a decimal point ("2" in "1.2 to 1.5 million") start no date
    if (t.gap === 0 && tk[j - 1]?.raw === '.' && tk[j - 1]!.gap === 0 && tk[j - 2]?.kind === 'num' && tk[j - 2]!.raw.length <= 3 && t.raw.length <= 2 && tk[j + 1]?.raw !== '.') return false;
    // years and codes like 20161016 may be dates alone; other figures only before a date word
    // ("10 August", "5 days", "2/15"), never in a run of figures ("1 2 3", a table)
    if (t.raw.length === 4 || t.raw.length === 8) return true;
    return dateCanFollow(tk, j);
  }
  if (t.kind === 'punct') {
    if (t.raw === "'") return tk[j + 1]?.kind === 'num';
    if (t.raw === '+' || t.raw === '-') return tk[j + 1]?.kind === 'num' && tk[j + 1]!.gap === 0 && !(j > 0 && t.gap === 0 && tk[j - 1]!.kind !== 'punct');
    return false;
  }
  if (t.kind !== 'word') return false;
  // spelled numbers, like figures, need a date word after them ("three days", "twenty-fifth of May")
  if (NUMBER_WORDS.has(t.low)) return dateCanFollow(tk, j);
  return STRONG.has(t.low);
}

function weak(tk: Token[], j: number): boolean {
  const t = tk[j];
  return t !== undefined && t.kind === 'word' && WEAK.has(t.low);
}

/** For every token, whether a date may start there: cheap checks so most words cost nothing. */
export function triggerMap(tk: Token[], skip?: Uint8Array): Uint8Array {
  const st = new Uint8Array(tk.length + 3);
  for (let j = 0; j < tk.length; j++) st[j] = !skip?.[j] && strong(tk, j) ? 1 : 0;
  const out = new Uint8Array(tk.length);
  for (let j = 0; j < tk.length; j++) {
    if (skip?.[j]) continue;
    if (st[j]) out[j] = 1;
    else if (weak(tk, j)) {
      const n1 = tk[j + 1];
      if (!n1 || n1.gap >= 2) continue;
      const g2 = (tk[j + 2]?.gap ?? 3) < 2;
      const g3 = (tk[j + 3]?.gap ?? 3) < 2;
      if (st[j + 1] || (weak(tk, j + 1) && g2 && (st[j + 2] || (weak(tk, j + 2) && g3 && st[j + 3])))) out[j] = 1;
    }
  }
  return out;
}

