import { TENS, UNITS as NUMBER_UNITS } from '../numbers/number-words.ts';
import type { Token } from '../text/tokenize.ts';
import { HOLIDAYS, MONTHS, ORDINAL_WORDS, UNITS as TIME_UNITS, WEEKDAYS } from './lexicon.ts';

/**
 * Which families of date patterns can start at a token, so each position tries only the parsers that
 * could match there (most words try none).
 */
export const CAL = 1;
export const PER = 2;
export const REL = 4;
export const WD = 8;
export const PARTS = 16;
export const HOL = 32;
export const MONTH = 64;
export const SEASON = 128;
export const WEEKEND = 256;
export const SPAN = 512;
export const ANCH = 1024;

const MASKS = new Map<string, number>();
function add(words: Iterable<string>, mask: number): void {
  for (const w of words) MASKS.set(w, (MASKS.get(w) ?? 0) | mask);
}

const MODIFIERS = ['last', 'next', 'this', 'past', 'previous', 'prior', 'coming', 'following', 'upcoming', 'current', 'present'];
const COUNTS = ['a', 'an', 'one', 'few', 'several', 'couple', 'half'];
add(Object.keys(MONTHS), CAL | MONTH | PARTS | PER);
add(Object.keys(WEEKDAYS), CAL | WD | ANCH);
add(['this', 'next', 'on', 'the', 'last', 'previous', 'past', 'following', 'coming', 'upcoming'], CAL);
add(['the', 'year', 'calendar', 'fiscal', 'school', 'cy', 'fy', 'q', 'h', 'final', 'last', 'twenty', 'twenties', 'thirties', 'forties',
  'fifties', 'sixties', 'seventies', 'eighties', 'nineties', "'"], PER);
add(Object.keys(ORDINAL_WORDS), CAL | PER | PARTS | SPAN);
add([...Object.keys(NUMBER_UNITS), ...Object.keys(TENS)], CAL | PER | REL | WD | SPAN | ANCH | PARTS);
add(['today', 'tonight', 'tonite', 'tomorrow', 'tomorrows', 'tmrw', 'tmr', 'yesterday', 'the', 'in', 'after', 'within', 'ytd', 'year', 'day'], REL | ANCH);
add(MODIFIERS, REL | WD | MONTH | SEASON | HOL | ANCH | SPAN);
add(COUNTS, REL | WD | ANCH | SPAN);
add(['the', 'of', 'from', ','], WD);
add(['the', 'early', 'mid', 'late', 'start', 'beginning', 'middle', 'end', 'close', 'earlier', 'later', 'eoy', 'last', 'final', 'on',
  'of', 'week', 'w'], PARTS);
for (const h of HOLIDAYS) add([h.words[0]!], HOL);
add(['the', 'weekend'], HOL);
add(['spring', 'summer', 'autumn', 'fall', 'winter', 'the'], SEASON);
add(['over', 'the', 'weekend'], WEEKEND);
add(['for', 'the', 'first', 'more', 'less', 'that', 'same', 'to', 'till', 'until'], SPAN);
add(Object.keys(TIME_UNITS), 0);

export function maskAt(tk: Token[], j: number): number {
  const t = tk[j];
  if (!t) return 0;
  if (t.kind === 'num') return CAL | PER | REL | WD | PARTS | SPAN | ANCH;
  if (t.kind === 'punct') return t.raw === "'" ? PER : t.raw === '+' || t.raw === '-' ? SPAN : 0;
  return t.kind === 'word' ? MASKS.get(t.low) ?? 0 : 0;
}
