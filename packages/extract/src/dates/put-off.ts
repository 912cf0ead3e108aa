import type { Token } from '../text/tokenize.ts';

/**
 * A thing put off to a later day: "adjourned until Monday", "the hearing was adjourned in the High Court on
 * Tuesday until 15 March". The day after "until" is the one the thing now waits for, so it lies ahead of
 * the act however the sentence reports it, even with the court and the day of the act between verb and "until".
 */

/** Verbs that put something off to a later day. */
export const PUT_OFF = new Set(['adjourned', 'postponed', 'delayed', 'deferred', 'rescheduled', 'pushed', 'put']);

/** How many words of place and time may stand between the verb and "until" ("adjourned in the county court on Monday until"). */
const PUT_OFF_REACH = 9;

/** A verb of putting off governs the "until" or "till" at token `prep`, within its clause. */
export function putOffBefore(tk: Token[], sentenceOf: Int32Array, prep: number): boolean {
  const low = tk[prep]?.low;
  if (low !== 'until' && low !== 'till') return false;
  for (let k = prep - 1; k >= 0 && prep - k <= PUT_OFF_REACH && sentenceOf[k] === sentenceOf[prep]; k--) {
    const t = tk[k]!;
    // a comma, a semicolon or a dash closes the clause the verb would have to govern from
    if (t.kind === 'punct' && t.raw !== "'" && t.raw !== '’' && t.raw !== '.') return false;
    if (PUT_OFF.has(t.low)) return t.low !== 'put' || tk[k + 1]?.low === 'off';
    if ((t.low === 'back' || t.low === 'off') && PUT_OFF.has(tk[k - 1]?.low ?? '')) return true;
  }
  return false;
}
