import { createRequire } from 'node:module';

type Nlp = typeof import('compromise').default;
let nlp: Nlp | null = null;

/**
 * compromise takes over a second of CPU to load and most articles never need it, so it is loaded
 * (synchronously, its CommonJS build) the first time a mention asks, not at import.
 */
function loadNlp(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** Verbs that follow a person far more often than a state ("Jordan said", "Chad told reporters"). */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'argued', 'wrote', 'explained', 'warned', 'asked', 'recalled', 'joined']);

/**
 * compromise's person tagger, consulted only for a country name that is also a given name and is
 * followed by a verb of speech: both signals must agree before the mention is dropped. Running it
 * on a short window only for those rare tokens keeps the extractor fast.
 */
export function readsAsPerson(window: string, name: string, nextWord: string): boolean {
  if (!PERSON_VERBS.has(nextWord)) return false;
  const people = loadNlp()(window).people().out('array') as string[];
  return people.some((p) => p.toLowerCase().split(/[^a-z]+/).includes(name));
}

/**
 * Whether compromise reads `name` (lower-case words) as a person in `window`. Asked only of names that
 * a single weak cue made a company ("investor Jane Roe", "Jane Roe, an analyst with the firm X"), so the
 * tagger runs on a few short windows per article at most.
 */
export function taggedAsPerson(window: string, name: string): boolean {
  const people = (loadNlp()(window).people().out('array') as string[]).map((p) => p.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).join(' '));
  return people.some((p) => p === name || p.endsWith(` ${name}`) || p.startsWith(`${name} `));
}

/**
 * Whether compromise reads the whole of `phrase` (two or three capitalized words, out of any sentence)
 * as one person's name: "Harrison Ford", "Nikola Tesla", not "Embattled Boeing".
 */
export function wholeIsPerson(phrase: string): boolean {
  const people = loadNlp()(phrase).people().out('array') as string[];
  return people.length === 1 && people[0]!.toLowerCase().replace(/[^\p{L}\s]/gu, '').trim() === phrase.toLowerCase().trim();
}

/** Whether compromise reads the word at `index` (0-based, counting words) of `window` as a noun, not a verb. */
export function taggedNounAt(window: string, index: number): boolean {
  const terms = loadNlp()(window).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
  const tags = terms[index]?.terms[0]?.tags ?? [];
  return tags.includes('Noun') && !tags.includes('Verb');
}
