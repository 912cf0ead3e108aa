import { stripDiacritics } from '../text/diacritics.ts';
import type { Token } from '../text/tokenize.ts';
import { perUnitAt } from './price-units.ts';

/**
 * The unit a price is quoted in on a page in another language: "210 euros la tonne", "9.800 dólares por
 * tonelada", "15 тыс. рублей за тонну", "900 zł za tonę", "80 Euro pro Barrel", "Rp15.000 per kilogram".
 * Each language puts a short word of "per" before the unit's noun; the nouns are the units market prices
 * are quoted in. A figure with a scale word is an amount, not a price, and is never given a unit here.
 */

/** Prepositions of "per" right before a unit: "par tonne", "por barril", "за тонну", "pro Aktie". */
const PER_WORDS = new Set(['par', 'por', 'al', 'alla', 'ao', 'per', 'pro', 'je', 'за', 'za']);
/**
 * Articles that mean "per" before a unit of goods ("la tonne", "el barril", "a tonelada"), but not before
 * a span of time: "l'an dernier", "el mes pasado" are last year and last month.
 */
const ARTICLES = new Set(['la', 'le', 'l', 'el', 'a', 'o']);
/** "в год", "в месяц": Russian says a rate of time with "in", which before anything else is a place. */
const TIME_ONLY = new Set(['в']);
const TIME_UNITS = new Set(['month', 'year']);

/** Nouns of units, lower case and without accents, in the languages the foreign reader knows. */
const UNIT_NOUNS: Record<string, string> = {};
const add = (unit: string, words: string) => {
  for (const w of words.split(' ')) UNIT_NOUNS[w] = unit;
};
add('t', 'tonne tonnes tonelada toneladas tonnellata tonnellate тонну тонна тонн т t tonę tone ton tonnen');
add('bbl', 'baril barril barile barel баррель vat baryłkę barilotto');
add('share', 'action acción accion ação acao azione aandeel saham акцию aktie akcję akcje');
add('kg', 'kilo kilogramme kilogramo quilo quilograma chilo kilogram килограмм кг kg');
add('oz', 'once onza onça onca oncia унцию uncję unze');
add('l', 'litre litro литр litr liter');
add('month', 'mois mes mês mese maand bulan месяц miesiąc monat');
add('year', 'an año ano anno jaar tahun год rok jahr');

function lowWord(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? stripDiacritics(t.low) : '';
}

/** The unit written from token `j` on, after a foreign amount's currency; the token after it. */
export function foreignPerUnitAt(tk: Token[], j: number): { unit: string; next: number } | null {
  const english = perUnitAt(tk, j);
  if (english && english.next > j) return { unit: english.unit, next: english.next };
  const lead = lowWord(tk, j);
  const article = ARTICLES.has(lead);
  if (!PER_WORDS.has(lead) && !article && !TIME_ONLY.has(lead)) return null;
  // "l'action", "l'once": the article elided onto the noun
  const k = lead === 'l' && tk[j + 1]?.raw === "'" ? j + 2 : j + 1;
  const noun = lowWord(tk, k);
  const unit = UNIT_NOUNS[noun];
  if (!unit || (TIME_ONLY.has(lead) !== TIME_UNITS.has(unit) && !PER_WORDS.has(lead))) return null;
  if (article && (TIME_UNITS.has(unit) || noun.length === 1)) return null;
  // a noun glued to more letters or digits ("t2", "ton-mile") names something else
  const after = tk[k + 1];
  if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num' || after.raw === '-')) return null;
  return { unit, next: k + 1 };
}
