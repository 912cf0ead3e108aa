import type { Token } from '../text/tokenize.ts';

/** Last words of the names of events, schools, leagues and other bodies: "the American Music Awards". */
const BODY_HEADS = new Set(['awards', 'award', 'university', 'college', 'school', 'conference', 'association', 'society', 'league',
  'institute', 'academy', 'museum', 'festival', 'championship', 'championships', 'open', 'cup', 'idol', 'union', 'foundation',
  'council', 'airlines', 'airways', 'express', 'legion', 'chamber', 'orchestra', 'ballet', 'opera', 'grand', 'prix', 'tour']);
/** Words that follow a country's name in the titles of newspapers and channels: "USA Today", "China Daily". */
const MEDIA_HEADS = new Set(['today', 'daily', 'times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'weekly',
  'observer', 'chronicle', 'mail']);
/** Glued prefixes that make a demonym part of another name or a region: "Mid-American", "Pan-African". */
const GLUED_PREFIXES = new Set(['mid', 'pan', 'trans']);
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', '&']);

const capitalized = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.raw[0] !== t.low[0];

/**
 * The country words from `first` to `next` stand inside the name of something else (an event, a school,
 * a league, a newspaper), which the conventions do not count as a mention of the country.
 */
export function countryWordInsideName(tk: readonly Token[], first: number, next: number): boolean {
  const before = tk[first - 1];
  if (before?.raw === '-' && tk[first]!.gap === 0 && before.gap === 0 && GLUED_PREFIXES.has(tk[first - 2]?.low ?? '')) return true;
  const after = tk[next];
  if (!capitalized(after) || after!.gap !== 1) return false;
  if (MEDIA_HEADS.has(after!.low)) return true;
  // the capitalized run after the country word, up to a few words: does it end as a body's name?
  for (let k = next, words = 0; k < tk.length && words < 5; k++) {
    const t = tk[k]!;
    if (k > next && t.gap !== 1) break;
    if (t.kind !== 'word') break;
    if (!capitalized(t) && !NAME_JOINERS.has(t.low)) break;
    if (BODY_HEADS.has(t.low) && capitalized(t)) return true;
    words++;
  }
  return false;
}
