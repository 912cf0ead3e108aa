/**
 * German writes every noun with a capital, so on a German page a capitalized run is no sign of a name:
 * "Unser Partner Acme GmbH" opens with a possessive and a common noun, and two capitalized words
 * ending in an industry word ("Bereich Healthcare", "Connected Systems") are as often a noun phrase of
 * the text (German or English borrowed into it) as a firm. There the run loses its leading function
 * words and trade nouns, and a two-word name needs a legal form, a list or a cue of context.
 */

/** Articles, possessives, prepositions fused with articles, and nouns of a firm's role that lead a name in German. */
export const GERMAN_LEADING = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'ihr', 'ihre', 'ihren', 'ihrem', 'sein', 'seine', 'im', 'am', 'beim', 'vom',
  'zum', 'zur', 'mit', 'von', 'für', 'bei', 'nach', 'aus', 'auf', 'über', 'unter', 'durch', 'gegen', 'ohne', 'um', 'und', 'oder',
  'als', 'wie', 'auch', 'partner', 'anbieter', 'hersteller', 'dienstleister', 'konzern', 'unternehmen', 'firma', 'tochter',
  'spezialist', 'softwarehersteller', 'autobauer', 'chiphersteller', 'händler', 'kunde', 'kunden', 'agentur', 'bereich']);

/** Reasons that a name's form alone gives: on a German page too weak for a two-word name. */
export function formOnlyReason(reasons: readonly string[]): boolean {
  return reasons.some((r) => r.startsWith('its name ends in') || r.startsWith('name ends in an industry word'))
    && !reasons.some((r) => r.startsWith('read as a company from context') || r === 'a well-known company');
}
