import type { Token } from '../text/tokenize.ts';

/**
 * Verbs whose past tense is spelled like their present ("cut", "set", "hit", "bid"). Told of a subject and
 * followed by what they act on ("the firm cut its forecast", "shares hit a record"), news uses them in the
 * past; after "to", a modal or "does" they are the bare verb, and followed by "in" or "of" the noun ("a
 * rate cut in July").
 */
const SAME_FORM = new Set(['cut', 'set', 'hit', 'bid', 'put', 'cost', 'quit', 'shed', 'spread', 'split', 'let', 'shut', 'cast', 'hurt', 'beat', 'upset', 'forecast', 'broadcast', 'burst', 'bet']);

/** Words that make the form a bare verb or a noun: "to cut", "will set", "a cut", "its bid". */
const NOT_PAST_BEFORE = new Set([
  'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', "don't", "doesn't", 'not', 'i', 'you', 'we', 'they',
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'is', 'are', 'be', 'been', 'being', 'am', 'this', 'that', 'each', 'every', 'no', 'any', 'rate', 'price', 'tax', 'job', 'budget',
]);

/** What a verb acts on begins with one of these, or with a number or a money sign. */
const OBJECT_STARTS = new Set(['its', 'his', 'her', 'their', 'our', 'the', 'a', 'an', 'back', 'off', 'down', 'out', 'up', 'about', 'some', 'more', 'fresh', 'new', 'record', 'prices', 'rates', 'jobs', 'staff', 'output', 'production']);

export function unmarkedPast(tk: Token[], j: number): boolean {
  const t = tk[j]!;
  if (!SAME_FORM.has(t.low)) return false;
  const prev = tk[j - 1];
  if (!prev || prev.kind !== 'word' || NOT_PAST_BEFORE.has(prev.low) || prev.low.endsWith("n't")) return false;
  const next = tk[j + 1];
  if (!next) return false;
  return next.kind === 'num' || next.raw === '$' || next.raw === '€' || next.raw === '£' || OBJECT_STARTS.has(next.low);
}
