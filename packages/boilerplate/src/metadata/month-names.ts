/**
 * Month names as news pages print them, full and abbreviated, in the languages whose pages we meet most:
 * English, Portuguese, Spanish, French, German, Italian, Dutch, the Scandinavian languages, Indonesian and
 * Malay, Turkish, Polish and Russian (the last two in the genitive a date takes: "5 marca", "5 марта").
 * A name is only read beside a day and a year, so short forms that are also words elsewhere stay harmless.
 */
const NAMES: Array<[number, string]> = [
  [1, 'jan january janeiro enero janvier janv januar gennaio gen januari ocak stycznia января янв'],
  [2, 'feb february fevereiro fev febrero févr février fevr fevrier februar febbraio februari şubat subat lutego февраля фев'],
  [3, 'mar march março marco marzo mars märz maerz mrz maart maret mart marca марта мар'],
  [4, 'apr april abril abr avril avr aprile nisan kwietnia апреля апр'],
  [5, 'may maio mayo mai maggio mag mei maj mayıs mayis maja мая'],
  [6, 'jun june junho junio juin juni giugno giu haziran czerwca июня'],
  [7, 'jul july julho julio juillet juil juli luglio lug temmuz lipca июля'],
  [8, 'aug august agosto ago août aout augustus agustus augusti ağustos agustos sierpnia августа авг'],
  [9, 'sep sept september setembro set septiembre setiembre septembre settembre eylül eylul września wrzesnia сентября сен сент'],
  [10, 'oct october outubro out octubre octobre oktober okt ottobre ott ekim października pazdziernika октября окт'],
  [11, 'nov november novembro noviembre novembre kasım kasim listopada ноября ноя'],
  [12, 'dec december dezembro dez diciembre dic décembre decembre déc dezember dicembre desember aralık aralik grudnia декабря дек'],
];

export const MONTHS: Record<string, number> = Object.fromEntries(NAMES.flatMap(([m, words]) => words.split(' ').map((w) => [w, m])));

/** The month a word names ("Sept", "März", "марта"), or undefined. */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}
