import type { Token } from './tokenize.ts';

/**
 * The language a page is written in, from how often each language's commonest function words occur.
 * Recognizers of foreign dates, names and amounts run only where the page is in that language, so
 * English pages keep exactly their English reading.
 */

export type PageLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'ru' | 'pl' | 'id';

export const FOREIGN_LANGUAGES: readonly PageLanguage[] = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'pl', 'id'];

/** Function words frequent in running text of each language and rare in the others. */
const STOP_WORDS: Record<PageLanguage, string> = {
  en: 'the and of to is that was with for are this have from which were would their been a in on at by it as said has its but',
  de: 'der die das und ist nicht mit den sich auch auf dem ein eine einen wird wurde bei zum zur nach sind',
  fr: 'le la les et des est une dans pour pas qui sur au du aux avec sont cette été ont',
  es: 'el la los las y del que es por con una para se al fue como más pero sus está han',
  pt: 'o os as e do da dos das que em no na um uma para com não foi são pelo pela ao mais',
  it: 'il lo la gli le e di che è per una del della con non sono nel nella dei anche alla ha',
  nl: 'het een en van is dat niet op zijn met voor ook aan er maar bij werd heeft naar',
  ru: 'и в не на что с по это как из но его для от к за было она они так же',
  pl: 'i w nie na się że z do jest to jak po od za przez oraz był była są',
  id: 'yang dan di ini itu dengan untuk dari pada akan tidak dalam juga ke adalah oleh sudah',
};

/** Foreign function words that are also everyday English words ("as", "no", "per", "die"): they say nothing. */
const ALSO_ENGLISH = new Set(['as', 'no', 'do', 'die', 'per', 'to', 'is', 'on', 'a', 'i', 'in', 'me', 'so', 'an', 'be', 'will', 'den', 'op', 'van']);

const WORD_LANGS = new Map<string, PageLanguage[]>();
for (const [lang, words] of Object.entries(STOP_WORDS) as Array<[PageLanguage, string]>) {
  for (const word of words.split(' ')) {
    if (lang !== 'en' && ALSO_ENGLISH.has(word)) continue;
    WORD_LANGS.set(word, [...(WORD_LANGS.get(word) ?? []), lang]);
  }
}

/** Enough words to tell languages apart; a longer page is not read further. */
const SAMPLE_WORDS = 3000;
/** Hits a foreign language needs before the page is taken to be in it. */
const MIN_HITS = 3;

const CACHE = new WeakMap<Token[], PageLanguage | null>();

/** The page's language, or null when too few function words say (a table, a short caption). */
export function pageLanguage(tk: Token[]): PageLanguage | null {
  const cached = CACHE.get(tk);
  if (cached !== undefined) return cached;
  const lang = detect(tk);
  CACHE.set(tk, lang);
  return lang;
}

function detect(tk: Token[]): PageLanguage | null {
  const counts = new Map<PageLanguage, number>();
  let words = 0;
  for (let k = 0; k < tk.length && words < SAMPLE_WORDS; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word') continue;
    words++;
    // a word shared by several languages counts for each, so only the distinctive ones decide
    for (const lang of WORD_LANGS.get(t.low) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let best: PageLanguage | null = null;
  let bestCount = 0;
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  if (best === null || bestCount < MIN_HITS) return null;
  // a foreign reading needs a clear lead over English: quotes and names in another language are common in English news
  if (best !== 'en' && bestCount < 1.5 * (counts.get('en') ?? 0)) return 'en';
  return best;
}
