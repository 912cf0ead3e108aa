import type { Numeral } from '../numbers/numeral.ts';
import type { Token } from '../text/tokenize.ts';
import { currencyAfter } from './currencies.ts';
import { directionAround, hedgeBefore } from './cues.ts';
import type { MoneyMention } from './money.ts';

/**
 * Exchange rates told with a currency as the subject: "the rupee fell to 83.5 per dollar", "the naira
 * closed at 1,500 to the dollar", "the ringgit slipped to 4.7 against the greenback". The figure is the
 * subject currency's price of one unit of the other: 83.5 INR per USD.
 */

/** Currencies a rate is quoted against, by the word the rate names them with. */
const QUOTED: Record<string, string> = { dollar: 'USD', greenback: 'USD', euro: 'EUR', yen: 'JPY', yuan: 'CNY', pound: 'GBP', sterling: 'GBP' };
/** How far before the figure the subject currency may be named ("the lira hit a record low of 32"). */
const SUBJECT_REACH = 8;
/** The order in which markets put currencies first in a pair; any other currency comes after these. */
const PAIR_ORDER = ['EUR', 'GBP', 'AUD', 'NZD', 'USD'];
const rank = (code: string) => (PAIR_ORDER.includes(code) ? PAIR_ORDER.indexOf(code) : PAIR_ORDER.length);
const SENTENCE_END = new Set(['.', ';', '!', '?']);

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** The currency a rate after the figure (from token j) is quoted against, and the token after it. */
function quotedAgainst(tk: Token[], j: number): { code: string; next: number } | null {
  let k = j;
  const lead = word(tk, k);
  if (lead === 'per' || lead === 'a') k++;
  else if ((lead === 'to' || lead === 'against' || lead === 'versus') && word(tk, k + 1) === 'the') k += 2;
  else return null;
  if (word(tk, k) === 'us' || word(tk, k) === 'american') k++;
  const code = QUOTED[word(tk, k)];
  return code ? { code, next: k + 1 } : null;
}

/** "the rupee", "the Kenyan shilling": the currency named as the subject shortly before the figure. */
function subjectCurrency(tk: Token[], first: number, text: string): { code: string; doubt?: string } | null {
  for (let k = first - 1; k >= 0 && k >= first - SUBJECT_REACH; k--) {
    const t = tk[k]!;
    // a sentence end or a paragraph break between the word and the figure: another clause
    if ((t.kind === 'punct' && SENTENCE_END.has(t.raw)) || tk[k + 1]!.gap >= 2) return null;
    // "sterling" names the pound without an article; "the pound" is the currency, not a mass, as a rate's subject
    if (t.low === 'sterling' || (t.low === 'the' && word(tk, k + 1) === 'pound')) return { code: 'GBP' };
    if (t.low !== 'the') continue;
    const c = currencyAfter(tk, k + 1, text);
    if (c) return { code: c.code, doubt: c.doubt };
  }
  return null;
}

/** An exchange rate at the numeral `n`, which has no currency of its own, or null. */
export function exchangeRateAt(text: string, tk: Token[], n: Numeral): MoneyMention | null {
  if (n.scaled || n.value <= 0) return null;
  const quoted = quotedAgainst(tk, n.next);
  if (!quoted) return null;
  const subject = subjectCurrency(tk, n.first, text);
  if (!subject || subject.code === quoted.code) return null;
  // markets quote the euro, the pound and the Antipodean dollars as dollars (or pounds) per unit of them:
  // "the pound fell to 1.25 against the dollar" is 1.25 USD per GBP
  const swap = rank(subject.code) < rank(quoted.code);
  const currency = swap ? quoted.code : subject.code;
  const perUnit = swap ? subject.code : quoted.code;
  const hedge = hedgeBefore(tk, n.first);
  const first = hedge ? hedge.first : n.first;
  const start = tk[first]!.start;
  const amountEnd = tk[n.next - 1]!.end;
  return {
    text: text.slice(start, tk[quoted.next - 1]!.end), start, end: tk[quoted.next - 1]!.end, amountEnd, value: n.value, currency,
    perUnit, range: null, qualifier: hedge?.qualifier ?? null, direction: directionAround(tk, first, quoted.next),
    doubts: subject.doubt ? [subject.doubt] : [], notes: ["an exchange rate: the subject currency's price of one unit of the other"],
    unitFromContext: true, firstToken: first, nextToken: quoted.next,
  };
}
