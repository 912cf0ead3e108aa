import type { Token } from '../text/tokenize.ts';
import { isCap } from './company-chunks.ts';

/**
 * A heading in title case ("Farmers Turn to Drone Technology") capitalizes every long word, so a run
 * of capitals there that ends in an industry word ("Drone Technology", "Know About Nuclear Power") is no
 * sign of a firm's name. A line is such a heading when it holds at least three words of four letters or
 * more, nearly all capitalized, and does not end with a full stop.
 */

/** Words of a line looked at, a bound that input cannot move. */
const MAX_LINE_WORDS = 40;

/** Index of the first token of the line holding token `at`. */
function lineStart(tk: Token[], at: number): number {
  let k = at;
  while (k > 0 && tk[k]!.gap < 2 && at - k < MAX_LINE_WORDS * 2) k--;
  return k;
}

/** The line holding token `at` is a heading written in title case. */
export function inTitleCaseLine(tk: Token[], at: number, cache: Map<number, boolean>): boolean {
  const from = lineStart(tk, at);
  const known = cache.get(from);
  if (known !== undefined) return known;
  let long = 0;
  let capital = 0;
  let k = from;
  for (; k < tk.length && (k === from || tk[k]!.gap < 2) && k - from < MAX_LINE_WORDS * 2; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word' || t.raw.length < 4) continue;
    long++;
    if (isCap(t)) capital++;
  }
  const last = tk[k - 1]?.raw ?? '';
  const heading = long >= 3 && capital >= long - 1 && capital / long >= 0.8 && last !== '.' && k - from < MAX_LINE_WORDS * 2;
  cache.set(from, heading);
  return heading;
}
