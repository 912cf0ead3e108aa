import { declinedName } from './name-cases.ts';
/**
 * The oblique cases of Russian country names ("России", "в Китае", "Соединенных Штатов"), from the
 * endings of the nominative the locale data gives. Each ending maps to its genitive, dative,
 * accusative, instrumental and prepositional, in that order, so the words of a two-word name
 * ("Соединенные Штаты") take the same case together. Words with other endings do not decline.
 */

type Cases = [string, string, string, string, string];

const ENDINGS: Array<[string, Cases | ((stem: string) => Cases)]> = [
  // adjectives first: "-ые Штаты", "Южная ..."
  ['ые', ['ых', 'ым', 'ые', 'ыми', 'ых']],
  ['ие', ['их', 'им', 'ие', 'ими', 'их']],
  ['ая', ['ой', 'ой', 'ую', 'ой', 'ой']],
  ['яя', ['ей', 'ей', 'юю', 'ей', 'ей']],
  ['ия', ['ии', 'ии', 'ию', 'ией', 'ии']],
  ['я', ['и', 'е', 'ю', 'ей', 'е']],
  // after г, к, х and the hushing consonants the genitive is -и, not -ы ("Америки", "Кубы")
  ['а', (stem) => [/[гкхжшщч]$/.test(stem) ? 'и' : 'ы', 'е', 'у', 'ой', 'е']],
  ['ы', ['ов', 'ам', 'ы', 'ами', 'ах']],
  ['й', ['я', 'ю', 'й', 'ем', 'е']],
];

function casesOf(word: string): string[] | null {
  if (!/^[а-яё]+$/.test(word)) return null;
  for (const [ending, cases] of ENDINGS) {
    if (!word.endsWith(ending) || word.length <= ending.length + 1) continue;
    const stem = word.slice(0, -ending.length);
    const list = typeof cases === 'function' ? cases(stem) : cases;
    return list.map((c) => stem + c);
  }
  // a hard consonant: masculine nouns ("Китай" aside) take -а, -у, -, -ом, -е ("Иран", "Ирана", "в Иране")
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) return [`${word}а`, `${word}у`, word, `${word}ом`, `${word}е`];
  return null;
}

/** Every oblique form of a name written in the nominative, without the name itself. */
export function russianCases(name: string): string[] {
  const written = name.split(' ');
  // an abbreviation ("США", "ОАЭ") does not decline
  const forms = written.map((w) => (w.length > 1 && w === w.toUpperCase() ? null : casesOf(w.toLowerCase())));
  return declinedName(name, written, forms);
}
