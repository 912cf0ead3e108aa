import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * A month or weekday named without a year as one that comes round again ("each February", "every other
 * Monday", "prices usually peak in January", "held in March every year"): a habit or a schedule, not a
 * date of the story. Only the clause around the mention counts, so a habit beside a real date ("usually
 * held in March, it was moved to May") leaves the real one alone.
 */

const EVERY = new Set(['each', 'every']);
/** "every other Monday", "every second Tuesday". */
const EVERY_NTH = new Set(['other', 'second', 'third', 'fourth', 'first', 'last']);
/** Adverbs of habit: what they govern happens again and again. */
const HABIT = new Set(['usually', 'typically', 'normally', 'traditionally', 'annually', 'customarily', 'habitually', 'generally', 'ordinarily']);
/** "every year", "each spring": the period that makes the clause a habit. */
const CYCLE = new Set(['year', 'years', 'month', 'week', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season']);
/** Where a clause ends: a habit across one of these belongs to another clause. */
const CLAUSE_END = new Set([',', ';', ':', '(', ')', '—', '–', 'but', 'while', 'whereas', 'although', 'though', 'that', 'which', 'because', 'after', 'before', 'when']);
const CLAUSE_REACH = 10;
/** Words that open the bound of a stretch: the month after them is one real month, not a habit. */
const STRETCH_BOUNDS = new Set(['since', 'until', 'till']);

const everyCycle = (tk: Token[], k: number) => EVERY.has(tk[k]!.low) && CYCLE.has(tk[k + 1]?.low ?? '');
/** An adverb of habit governs what follows it; "every year" may close the clause too. */
const habitBefore = (tk: Token[], k: number) => HABIT.has(tk[k]!.low) || everyCycle(tk, k);

function habitInClause(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  const sentence = sentenceOf[m.firstToken];
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - CLAUSE_REACH && sentenceOf[k] === sentence && !CLAUSE_END.has(tk[k]!.low); k--) {
    if (habitBefore(tk, k)) return true;
  }
  for (let k = m.nextToken; k < tk.length && k < m.nextToken + CLAUSE_REACH && sentenceOf[k] === sentence && !CLAUSE_END.has(tk[k]!.low); k++) {
    if (everyCycle(tk, k)) return true;
  }
  return false;
}

export function recurringDate(m: DateMention, tk: Token[], sentenceOf: Int32Array): boolean {
  // a written day or year ("every June 5", "each March 2024") fixes the date
  if (/\d/.test(m.text) || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(m.value)) return false;
  const lead = tk[m.firstToken - 1]?.low ?? '';
  if (EVERY.has(lead)) return true;
  // "has risen every week since November", "will meet each month until June": the habit repeats within a
  // stretch whose bound is one real month ("the previous November" too)
  const bound = lead === 'previous' || lead === 'preceding' ? tk[m.firstToken - 3]?.low ?? '' : lead === 'the' ? tk[m.firstToken - 2]?.low ?? '' : lead;
  if (STRETCH_BOUNDS.has(bound)) return false;
  if (EVERY_NTH.has(lead) && EVERY.has(tk[m.firstToken - 2]?.low ?? '')) return true;
  return habitInClause(m, tk, sentenceOf);
}
