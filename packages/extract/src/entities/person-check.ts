import nlp from 'compromise';

/** Verbs that follow a person far more often than a state ("Jordan said", "Chad told reporters"). */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'argued', 'wrote', 'explained', 'warned', 'asked', 'recalled', 'joined']);

/**
 * compromise's person tagger, consulted only for a country name that is also a given name and is
 * followed by a verb of speech: both signals must agree before the mention is dropped. Running it
 * on a short window only for those rare tokens keeps the extractor fast.
 */
export function readsAsPerson(window: string, name: string, nextWord: string): boolean {
  if (!PERSON_VERBS.has(nextWord)) return false;
  const people = nlp(window).people().out('array') as string[];
  return people.some((p) => p.toLowerCase().split(/[^a-z]+/).includes(name));
}
