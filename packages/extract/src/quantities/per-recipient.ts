import type { Token } from '../text/tokenize.ts';
import type { PerUnit } from './price-units.ts';

/**
 * A handout per head names the thing paid and then "for every" or "for each" recipient: "a HK$5,000
 * voucher for every adult", "a $400 energy rebate for every household". The sum is per that recipient, as
 * "$5,000 a worker" is. Without a word for a handout ("$2 for each customer" in a deal) the sum is left an
 * amount; "for each of the three projects" counts the projects, and is left alone too.
 */
const HANDOUTS = new Set(['voucher', 'vouchers', 'rebate', 'rebates', 'grant', 'grants', 'payment', 'payments', 'bonus', 'bonuses',
  'allowance', 'allowances', 'subsidy', 'subsidies', 'handout', 'handouts', 'cheque', 'cheques', 'check', 'checks', 'credit', 'credits',
  'stipend', 'stipends', 'top-up', 'refund', 'refunds', 'benefit', 'dividend']);

/** How many words may name the thing paid between the sum and "for": "a $500 energy rebate for every household". */
const THING_WORDS = 3;
/** Words that end the thing paid: a verb, a preposition or a conjunction means "for" belongs elsewhere. */
const NOT_THING = new Set([
  'and', 'or', 'but', 'to', 'in', 'on', 'at', 'by', 'from', 'of', 'with', 'as', 'per', 'a', 'an', 'the', 'this', 'that', 'which',
  'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'has', 'had', 'have', 'said', 'says', 'last', 'next', 'than',
]);
/** Counting words after "every" that make it a frequency ("for every two weeks"), not a recipient. */
const COUNTS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'single']);

/** Words that may follow the recipient when it ends its phrase: "for every adult in the budget". */
const FOLLOWERS = new Set([
  'in', 'on', 'at', 'and', 'or', 'but', 'who', 'that', 'which', 'with', 'under', 'from', 'by', 'to', 'this', 'next', 'over', 'until',
  'across', 'aged', 'enrolled', 'living', 'registered', 'signed', 'taken', 'hired', 'employed', 'affected',
]);

function endsPhrase(tk: Token[], k: number): boolean {
  const t = tk[k];
  return !t || t.gap >= 2 || (t.kind === 'punct' && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') || FOLLOWERS.has(t.low);
}

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** The recipient a sum ending before token `next` is paid per, or null. */
export function recipientUnitAfter(tk: Token[], next: number): PerUnit | null {
  let j = next;
  let handout = false;
  while (j - next < THING_WORDS && /^[a-z]+$/.test(word(tk, j)) && !NOT_THING.has(word(tk, j)) && word(tk, j) !== 'for') {
    if (HANDOUTS.has(word(tk, j))) handout = true;
    j++;
  }
  if (!handout || word(tk, j) !== 'for') return null;
  const every = word(tk, j + 1);
  if (every !== 'every' && every !== 'each') return null;
  const noun = word(tk, j + 2);
  // "for each customer visit": the recipient must end its phrase, or the sum is per something else
  if (!/^[a-z]{3,}$/.test(noun) || COUNTS.has(noun) || !endsPhrase(tk, j + 3)) return null;
  return { unit: noun, next: -1, why: `a sum paid for ${every} ${noun}` };
}
