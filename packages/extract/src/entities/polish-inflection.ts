import { declinedName } from './name-cases.ts';
/**
 * The oblique cases of Polish country names ("Francji", "w Polsce", "Korei Południowej"), from the
 * endings of the nominative the locale data gives: genitive, dative, accusative, instrumental and
 * locative, in that order, so the words of a two-word name take the same case together. Plural names
 * take the regular plural endings; the irregular ones ("w Niemczech") are missed.
 */

type Cases = [string, string, string, string, string];

/** The locative and dative of feminine nouns in -a soften the consonant before it ("Kanada" -> "Kanadzie"). */
const SOFTENED: Array<[string, string]> = [['st', 'ście'], ['d', 'dzie'], ['t', 'cie'], ['r', 'rze'], ['ł', 'le'], ['k', 'ce'], ['g', 'dze'], ['ch', 'sze'], ['s', 'sie'], ['z', 'zie']];

function softened(stem: string): string {
  for (const [end, to] of SOFTENED) if (stem.endsWith(end)) return stem.slice(0, -end.length) + to;
  return `${stem}ie`;
}

function casesOf(word: string, inPhrase: boolean): string[] | null {
  if (!/^\p{Ll}+$/u.test(word) || word.length < 4) return null;
  const stem = word.slice(0, -1);
  // an adjective of a longer name: "Wielka", "Południowa", "Saudyjska"
  if (inPhrase && /(?:ow|sk|ck|lk)a$/.test(word)) {
    const oblique = stem.endsWith('k') ? `${stem}iej` : `${stem}ej`;
    return [oblique, oblique, `${stem}ą`, `${stem}ą`, oblique];
  }
  const list = (c: Cases): string[] => c;
  // "Francja", "Hiszpania", "Korea": the i of the stem carries the soft endings
  if (/[jie]a$/.test(word)) {
    const soft = word.endsWith('ea') ? stem : stem.slice(0, -1) + (word.endsWith('ja') ? 'j' : 'i');
    return list([`${soft}i`, `${soft}i`, `${stem}ę`, `${stem}ą`, `${soft}i`]);
  }
  // "Polska" declines as an adjective would, but keeps -sce in the dative and locative
  if (/[sc]ka$/.test(word)) {
    const s = word.slice(0, -2);
    return list([`${s}ki`, `${s}ce`, `${s}kę`, `${s}ką`, `${s}ce`]);
  }
  if (word.endsWith('a')) {
    const gen = /[kg]$/.test(stem) ? `${stem}i` : `${stem}y`;
    return list([gen, softened(stem), `${stem}ę`, `${stem}ą`, softened(stem)]);
  }
  // plural names: "Stany Zjednoczone" -> "Stanach Zjednoczonych", "Chiny" -> "Chin", "Chinach"
  if (inPhrase && word.endsWith('ne')) {
    const s = word.slice(0, -1);
    return list([`${s}ych`, `${s}ym`, word, `${s}ymi`, `${s}ych`]);
  }
  if (word.endsWith('y')) return list([inPhrase ? `${stem}ów` : stem, `${stem}om`, word, `${stem}ami`, `${stem}ach`]);
  return null;
}

/** Every oblique form of a name written in the nominative, without the name itself. */
export function polishCases(name: string): string[] {
  const written = name.split(' ');
  const forms = written.map((w) => casesOf(w.toLowerCase(), written.length > 1));
  return declinedName(name, written, forms);
}
