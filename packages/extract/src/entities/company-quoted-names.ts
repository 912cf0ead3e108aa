import type { Token } from '../text/tokenize.ts';

/**
 * Russian, French, Spanish, Italian and German news put a firm's name in quotation marks right after
 * the noun of its kind: «компания «Кедр»», «сеть ресторанов «Дом»», «la société « Vexo »», «die Firma
 * „Vexo"». The noun before the opening mark says what the quoted name is; films, books and songs are
 * quoted after their own nouns ("фильм", "livre"), which are not among these.
 */

/** Stems of nouns of a business, in any case ending: Russian, then French, Spanish, Italian and German. */
const BUSINESS_STEMS = /^(?:компани|фирм|ооо|оао|пао|зао|ао|холдинг|концерн|корпораци|групп|сет[ьия]|сетью|ресторан|кафе|кофейн|магазин|банк|завод|фабрик|производител|бренд|марк[аиуе]|издательств|авиакомпани|перевозчик|ритейлер|застройщик|девелопер|маркетплейс|стартап|предприяти|комбинат|кондитерск|пекарн|гипермаркет|супермаркет|сетев|société|entreprise|groupe|marque|enseigne|chaîne|empresa|compañía|cadena|azienda|società|gruppo|marchio|catena|unternehmen|konzern|firma|marke|hersteller|kette|handelskette)/u;
/** Stems that begin like a business noun but name something else ("группировка" is a gang, "марш" a march). */
const NOT_BUSINESS = /^(?:группиров|маркер|марш|банкет|банкрот|сетк)/u;
const OPENING = new Set(['«', '„', '“']);
const CLOSING = new Set(['»', '“', '”']);

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** The name at [first, next) stands in quotation marks after a noun of a business, or null. */
export function quotedAfterBusinessNoun(tk: Token[], first: number, next: number): string | null {
  if (!OPENING.has(tk[first - 1]?.raw ?? '') || !CLOSING.has(tk[next]?.raw ?? '')) return null;
  const noun = low(tk, first - 2);
  if (tk[first - 2]?.kind !== 'word' || NOT_BUSINESS.test(noun) || !BUSINESS_STEMS.test(noun)) return null;
  return `quoted after '${noun}'`;
}
