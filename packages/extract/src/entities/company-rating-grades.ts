import type { Token } from '../text/tokenize.ts';

/**
 * "rated CCC by Acme Ratings", "cut to BB+ from BBB-": a credit rating's grade is written in capitals like a
 * firm's initials (and some firms go by the same letters), but beside the words of rating it is a grade.
 */

/** The grades of the rating scales (S&P and Fitch letters, Moody's letters with a digit). */
const GRADE = /^(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|D|SD|RD|Aaa|Aa[123]|A[123]|Baa[123]|Ba[123]|B[123]|Caa[123]|Ca)$/;
/** Words of rating around a grade. */
const RATING_WORDS = new Set(['rated', 'rating', 'ratings', 'downgrade', 'downgraded', 'downgrades', 'upgrade', 'upgraded',
  'upgrades', 'grade', 'junk', 'notch', 'notches', 'outlook', 'investment-grade', 'creditworthiness']);
/** How far from the grade, within its sentence, a word of rating is looked for. */
const REACH = 12;

/** Whether the one-token mention at [first, next) is a rating grade beside words of rating. */
export function ratingGrade(tk: Token[], first: number, next: number): boolean {
  if (next - first !== 1 || !GRADE.test(tk[first]!.raw)) return false;
  for (let k = first - 1; k >= Math.max(0, first - REACH); k--) {
    if (tk[k]!.raw === '.') break;
    if (RATING_WORDS.has(tk[k]!.low)) return true;
  }
  for (let k = next; k < Math.min(tk.length, next + REACH); k++) {
    if (tk[k]!.raw === '.') break;
    if (RATING_WORDS.has(tk[k]!.low)) return true;
  }
  return false;
}
