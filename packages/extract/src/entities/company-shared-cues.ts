import type { Token } from '../text/tokenize.ts';
import { ambiguousName, knownName } from './company-lists.ts';
import type { Found } from './company-units.ts';

/**
 * Cues that a firm takes, but a person, a party, a team or a product takes as often: what a name owns
 * that people and teams own too ("Quist's strategy", "Hartley's business", "Sunak's spokesman",
 * "Gemini's users") and the compounds of backing ("a Trump-backed candidate", "a Gates-funded trial").
 * A one-word name that only such cues made a firm, in every place the article writes it, is left out;
 * one the text also calls a firm some other way stays.
 */

/** Nouns after a possessive that people, teams, parties and products have as firms do. */
const SHARED_POSSESSIONS = new Set(['staff', 'strategy', 'platform', 'business', 'brand', 'website', 'lineup', 'catalogue',
  'catalog', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'users', 'subscribers']);
const BACKING = new Set(['backed', 'funded']);
/** Nouns of young firms after a compound of backing: their backers are investors' firms. */
const BACKED_FIRMS = new Set(['startup', 'start-up', 'startups', 'company', 'companies', 'firm', 'firms', 'fintech', 'unicorn',
  'venture', 'lender', 'platform', 'developer', 'maker', 'studio', 'chipmaker', 'brand']);

const COPY = 'named so elsewhere in the article';

function sharedCueAt(tk: Token[], f: Found): boolean {
  const cues = f.reasons.filter((r) => r !== 'company name without corporate suffix');
  if (cues.length !== 1 || !cues[0]!.startsWith('read as a company from context')) return false;
  const after = tk[f.next]?.raw ?? '';
  if ((after === "'" || after === '’') && tk[f.next]!.gap === 0) {
    const k = tk[f.next + 1]?.low === 's' ? f.next + 2 : f.next + 1;
    return SHARED_POSSESSIONS.has(tk[k]?.low ?? '');
  }
  // "a Sequoia-backed startup": who backs young firms is mostly an investor's firm
  return after === '-' && tk[f.next]!.gap === 0 && BACKING.has(tk[f.next + 1]?.low ?? '') && !BACKED_FIRMS.has(tk[f.next + 2]?.low ?? '');
}

/** Lower-case names of one word that only shared cues made firms. */
export function sharedCueNames(tk: Token[], found: readonly Found[]): Set<string> {
  const weak = new Set<string>();
  const strong = new Set<string>();
  for (const f of found) {
    const key = f.name.toLowerCase();
    if (f.reasons.includes(COPY)) continue;
    const oneWord = f.next - f.first === 1 && (!knownName(key) || ambiguousName(key));
    (oneWord && sharedCueAt(tk, f) ? weak : strong).add(key);
  }
  return new Set([...weak].filter((k) => !strong.has(k)));
}
