import type { Token } from '../text/tokenize.ts';
import { thingsPartner } from './company-description.ts';

/**
 * A product developed with a partner names the partner as a firm: "co-developed with X", "developed
 * jointly with X", and in German "zusammen mit X entwickelt", "in Kooperation mit X". A person may
 * develop a product too; the person tagger judges the names these cues made companies, as for any cue.
 * A thing's partner ("its partner X") is a business's partner, and a firm as well.
 */

/** German nouns of a business partnership before "mit X" ("in Kooperation mit X", "eine Partnerschaft mit X"). */
const GERMAN_PARTNERSHIPS = new Set(['kooperation', 'partnerschaft', 'zusammenarbeit', 'gemeinschaftsunternehmen', 'allianz']);
/** German participles of developing and building after the partner ("zusammen mit X entwickelte"). */
const GERMAN_MADE = /^(?:entwickelt|gebaut|hergestellt|produziert|konzipiert|realisiert)(?:e|en|er|es)?$/u;

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** The name at [first, next) is the partner a product was developed with, or null. */
export function developmentPartner(tk: Token[], first: number, next: number): string | null {
  const before = low(tk, first - 1);
  // "its partner X", "their technology partner X": the partner of a business named before
  if (before === 'partner' && tk[first - 1]!.kind === 'word' && thingsPartner(tk, first - 1)) return 'a partner of a business';
  if (before === 'with') {
    // "co-developed with X", "developed jointly with X", "developed together with X"
    const verb = ['jointly', 'together'].includes(low(tk, first - 2)) ? low(tk, first - 3) : low(tk, first - 2);
    if (verb === 'developed' && (low(tk, first - 2) !== 'developed' || (low(tk, first - 3) === '-' && low(tk, first - 4) === 'co'))) return 'a product was developed with it';
    return null;
  }
  if (before !== 'mit') return null;
  if (GERMAN_PARTNERSHIPS.has(low(tk, first - 2))) return 'a partner in a venture';
  if (low(tk, first - 2) === 'zusammen' && GERMAN_MADE.test(low(tk, next))) return 'a product was developed with it';
  return null;
}
