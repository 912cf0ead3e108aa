import type { Token } from '../text/tokenize.ts';

/**
 * German news lists firms after the plural of their kind and "wie" ("Hersteller wie A, B und C",
 * "Betreibergesellschaften wie A, die B und C"): the noun before the lead, often a compound, says what
 * the members are. German capitalizes every noun, so a member is walked over as capitalized words.
 */

/** Endings of German plural nouns of businesses ("Autohersteller", "Betreibergesellschaften", "Handelsketten"). */
const BUSINESS_PLURALS = /(?:unternehmen|gesellschaften|konzerne|firmen|hersteller|anbieter|händler|ketten|marken|betreiber|zulieferer|konkurrenten|wettbewerber|versicherer|banken|reedereien|airlines|fluggesellschaften|brauereien|discounter|investoren)$/u;
/** Words of German public bodies' names ("Universitätsklinikum", "Stadtwerke" are run by towns, "Stiftung"). */
const PUBLIC_BODY_WORDS = /(?:universit|klinikum|krankenhaus|hochschul|institut|stiftung|verband|ministeri|behörde|amt$|stadt|gemeinde|schule|akademie|verein|kammer|bundes|landes)/u;
const LEADS = new Set(['wie', 'etwa', 'darunter', 'inklusive', 'einschließlich']);
const SEPARATORS = new Set([',', 'und', 'oder', 'sowie']);
const ARTICLES = new Set(['die', 'der', 'das', 'den', 'dem']);

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw[0] !== t.low[0];
}

/** The name at `first` is a member of a list after "wie" that a German plural of businesses heads, or null. */
export function germanBusinessList(tk: Token[], first: number, next: number): string | null {
  // a public hospital, a university or an association among the operators is a body, whatever the list says
  if (tk.slice(first, next).some((t) => PUBLIC_BODY_WORDS.test(t.low))) return null;
  let k = first - 1;
  for (let hops = 0; hops < 30 && k > 0; hops++) {
    const t = tk[k]!;
    if (LEADS.has(t.low) && t.raw === t.low) {
      const head = tk[k - 1];
      return isCapWord(head) && BUSINESS_PLURALS.test(head!.low) ? `listed among '${head!.raw}'` : null;
    }
    // members, their articles and the separators between them
    if (!(SEPARATORS.has(t.low) || ARTICLES.has(t.low) || isCapWord(t) || (t.raw === '-' && t.gap === 0) || t.raw === '&')) return null;
    k--;
  }
  return null;
}
