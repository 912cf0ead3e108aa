import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { pageLanguage, type PageLanguage } from '../text/page-language.ts';
import { COUNTRY_TABLE } from './countries.data.ts';
import { foreignCountryNames } from './foreign-country-names.ts';
import { GIVEN_NAMES } from './org-lexicon.ts';
import { readsAsPerson } from './person-check.ts';
import { placeNamedLikeCountryAt } from './places-named-like-countries.ts';
import { countryWordInsideName } from './country-in-name.ts';

export type CountryForm = 'name' | 'abbreviation' | 'demonym' | 'capital';

export interface CountryMention {
  text: string;
  start: number;
  end: number;
  /** ISO 3166-1 alpha-2. */
  code: string;
  form: CountryForm;
  confidence: number;
  reasons: string[];
  firstToken: number;
  nextToken: number;
  /** "China's", "U.S.-bound": how it attaches to the next word. */
  possessive: boolean;
  bound: boolean;
}

interface Entry {
  code: string;
  form: CountryForm;
  /** Lower-case token texts, and whether each token is glued to the one before. */
  words: string[];
  glue: boolean[];
  /** Written form must be all capitals ("US", "UK", "PRC"). */
  caps: boolean;
  /** A name in another language, read only on pages in that language; its lower-case words may stay lower case ("Estados Unidos da América"). */
  lang?: PageLanguage;
  lower?: boolean[];
}

const INDEX = new Map<string, Entry[]>();

/**
 * A country's people named by a noun the adjective does not give ("Swedes", "Spaniards", "Britons").
 * Nouns that are also common words or given names ("Poles", "Finn", "Scots", "Kiwis") are left out.
 */
const PEOPLE_NOUNS: readonly (readonly [string, string])[] = [
  ['Swede', 'SE'], ['Swedes', 'SE'], ['Dane', 'DK'], ['Danes', 'DK'], ['Finns', 'FI'], ['Spaniard', 'ES'], ['Spaniards', 'ES'],
  ['Filipino', 'PH'], ['Filipinos', 'PH'], ['Filipina', 'PH'], ['Filipinas', 'PH'], ['Briton', 'GB'], ['Britons', 'GB'], ['Brits', 'GB'],
  ['Turks', 'TR'], ['Icelander', 'IS'], ['Icelanders', 'IS'], ['New Zealander', 'NZ'], ['New Zealanders', 'NZ'], ['Luxembourger', 'LU'],
  ['Luxembourgers', 'LU'], ['Dutchman', 'NL'], ['Dutchmen', 'NL'], ['Dutchwoman', 'NL'], ['Frenchman', 'FR'], ['Frenchmen', 'FR'],
  ['Frenchwoman', 'FR'], ['Irishman', 'IE'], ['Irishmen', 'IE'], ['Irishwoman', 'IE'], ['Aussies', 'AU'], ['Afghans', 'AF'], ['Czechs', 'CZ'],
];

function addEntry(code: string, form: CountryForm, surface: string, lang?: PageLanguage): void {
  const tk = tokenize(surface);
  if (tk.length === 0) return;
  if (lang && INDEX.get(tk[0]!.low)?.some((e) => e.code === code && (!e.lang || e.lang === lang) && e.words.join(' ') === tk.map((t) => t.low).join(' '))) return;
  const letters = surface.replace(lang ? /[^\p{L}]/gu : /[^A-Za-z]/g, '');
  const caps = letters.length <= 4 && letters === letters.toUpperCase() && !surface.includes('.');
  const e: Entry = { code, form, words: tk.map((t) => t.low), glue: tk.map((t, k) => k > 0 && t.gap === 0), caps };
  if (lang) {
    e.lang = lang;
    e.lower = tk.map((t) => t.raw === t.low);
  }
  const key = e.words[0]!;
  const list = INDEX.get(key) ?? [];
  list.push(e);
  list.sort((a, b) => b.words.length - a.words.length);
  INDEX.set(key, list);
}

for (const line of COUNTRY_TABLE.split('\n')) {
  if (!line.trim()) continue;
  const [code, names = '', demonyms = '', capitals = ''] = line.split('|');
  for (const n of names.split(',')) if (n) addEntry(code!, /^[A-Z.]+$/.test(n) ? 'abbreviation' : 'name', n);
  for (const d of demonyms.split(',')) if (d) {
    addEntry(code!, 'demonym', d);
    // "Americans", "Kenyans", "Israelis", "South Koreans": the people named by the adjective
    if (!/(?:s|sh|se|ch)$/.test(d)) addEntry(code!, 'demonym', `${d}s`);
  }
  for (const c of capitals.split(',')) if (c) addEntry(code!, 'capital', c);
}
for (const [noun, code] of PEOPLE_NOUNS) addEntry(code, 'demonym', noun);
const CODES = [...new Set([...INDEX.values()].flat().map((e) => e.code))];

/** The one lower-case word is an English demonym of a country ("dutch", "kenyan"). */
export function countryDemonym(word: string): boolean {
  return INDEX.get(word)?.some((e) => e.form === 'demonym' && !e.lang && e.words.length === 1) ?? false;
}
/** Foreign names join the index the first time a page in their language is read: English pages never pay for them. */
const FOREIGN_LOADED = new Set<PageLanguage>();
function loadForeignNames(lang: PageLanguage | null): void {
  if (lang === null || lang === 'en' || FOREIGN_LOADED.has(lang)) return;
  FOREIGN_LOADED.add(lang);
  for (const f of foreignCountryNames(CODES, lang)) addEntry(f.code, /^[\p{Lu}.]+$/u.test(f.surface) ? 'abbreviation' : 'name', f.surface, f.lang);
}

/** Names that are also given names, common words, US states or ambiguous between two states. */
const AMBIGUOUS: Record<string, { reason: string; cues: string[] }> = {
  jordan: { reason: "'Jordan' is also a given name", cues: ['amman', 'jordanian', 'hashemite'] },
  chad: { reason: "'Chad' is also a given name", cues: ["n'djamena", 'chadian', 'sahel'] },
  georgia: { reason: "'Georgia' may be the US state", cues: ['tbilisi', 'georgian', 'caucasus', 'abkhazia', 'ossetia'] },
  georgians: { reason: "'Georgians' may be people of the US state", cues: ['tbilisi', 'caucasus', 'abkhazia', 'ossetia'] },
  turkey: { reason: "'Turkey' may be the bird", cues: ['ankara', 'turkish', 'erdogan', 'istanbul'] },
  korea: { reason: "'Korea' taken as South Korea", cues: ['seoul', 'south korean'] },
  korean: { reason: "'Korean' taken as South Korean", cues: ['seoul'] },
  niger: { reason: "'Niger' may be the river", cues: ['niamey', 'nigerien'] },
  guinea: { reason: "'Guinea' may be another Guinea", cues: ['conakry', 'guinean'] },
  chile: { reason: "'Chile' may be the pepper", cues: ['santiago', 'chilean'] },
  america: { reason: "'America' taken as the United States", cues: [] },
  israel: { reason: "'Israel' is also a given name", cues: ['israeli', 'jerusalem', 'tel aviv'] },
};

const CONTINENT_BEFORE = new Set(['latin', 'south', 'north', 'central', 'native', 'anglo', 'pan']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'via', 'visit', 'visited', 'visiting', 'into', 'across', 'around', 'of']);
const ACTOR_VERBS = new Set(['said', 'says', 'has', 'had', 'is', 'was', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'wants', 'wanted',
  'plans', 'planned', 'agreed', 'imposed', 'expanded', 'announced', 'restricted', 'banned', 'pushes', 'pushed', 'approved', 'rejected', 'warned',
  'threatened', 'retaliated', 'responded', 'added', 'issued', 'introduced', 'tightened', 'eased', 'lifted', 'halted', 'suspended', 'accused',
  'urged', 'signed', 'sought', 'seeks', 'hopes', 'insists', 'insisted', 'denied', 'confirmed', 'claims', 'claimed', 'controls', 'controlled',
  'dominates', 'retains', 'remains', 'also', 'and', 'sets', 'set', 'moves', 'moved', 'bans', 'curbs', 'curbed', 'restricts', 'limits',
  'halts', 'tightens', 'eases', 'hits', 'targets', 'blocks', 'blocked', 'approves', 'orders', 'ordered', 'urges', 'warns', 'vows',
  'vowed', 'signals', 'signalled', 'signaled', 'announces', 'expands', 'raises', 'raised', 'cuts', 'imposes', 'adds', 'launches',
  'launched', 'considers', 'considered', 'aims', 'aimed', 'needs', 'needed', 'keeps', 'kept', 'took', 'takes', 'made', 'makes']);
const NOT_AFTER_CAPITAL = new Set(['post', 'state', 'university', 'times', 'journal', 'consensus', 'redskins', 'nationals', 'street', 'capitals', 'mystics', 'wizards', 'dulles', 'based']);

function isCapitalized(t: Token): boolean {
  const c = t.raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || (t.raw[0] !== t.low[0]);
}

function matchAt(tk: Token[], i: number): { e: Entry; next: number } | null {
  const t = tk[i];
  if (!t || t.kind !== 'word') return null;
  const list = INDEX.get(t.low);
  if (!list) return null;
  const lang = pageLanguage(tk);
  for (const e of list) {
    if (e.lang && e.lang !== lang) continue;
    // a short foreign name opening a sentence may be a capitalized word ("Того" is also "of that")
    if (e.lang && !e.caps && e.words.length === 1 && e.words[0]!.length <= 4 && isSentenceStart(tk, i)) continue;
    let ok = true;
    for (let k = 0; k < e.words.length; k++) {
      const u = tk[i + k];
      if (!u || u.low !== e.words[k] || (k > 0 && (u.gap === 0) !== e.glue[k]) || (k > 0 && u.gap >= 2)) {
        ok = false;
        break;
      }
      if (u.kind === 'word' && ['and', 'of', 'the', 'd'].includes(u.low) && k > 0) continue;
      if (e.lower?.[k]) continue;
      // names are capitalized ("turkey" is a bird); abbreviations are capitals ("us" is a pronoun)
      if (u.kind === 'word' && u.raw.length > 1 && !isCapitalized(u)) {
        ok = false;
        break;
      }
      if (e.caps && u.kind === 'word' && u.raw !== u.raw.toUpperCase()) {
        ok = false;
        break;
      }
      if (u.kind === 'word' && u.raw.length === 1 && u.raw !== u.raw.toUpperCase()) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const next = i + e.words.length;
    // glued letters or digits on either side make it part of another word ("USAID", "US2")
    const after = tk[next];
    const before = tk[i - 1];
    if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num' || after.raw === '$')) continue; // "US$" is a currency
    if (before && t.gap === 0 && (before.kind === 'word' || before.kind === 'num')) continue;
    return { e, next };
  }
  return null;
}

/**
 * Terms that keep a demonym without speaking of its country: a unit ("British thermal units"), dishes and
 * breeds ("French fries", "German shepherd"), and set phrases ("Dutch auction", "Russian roulette").
 */
const FIXED_DEMONYM_TERMS = new Set([
  'british thermal', 'french fries', 'french fry', 'french toast', 'french press', 'french horn', 'french doors', 'danish pastry',
  'swiss cheese', 'swiss army', 'turkish delight', 'german shepherd', 'german shepherds', 'dutch auction', 'dutch courage',
  'russian roulette', 'english muffin', 'english muffins', 'mexican standoff', 'chinese whispers', 'chinese wall', 'indian summer',
  'brazilian wax', 'scotch egg', 'scotch whisky', 'irish coffee', 'belgian waffle', 'belgian waffles', 'greek yogurt', 'greek yoghurt',
  'spanish omelette', 'italian dressing', 'french dressing', 'canadian bacon', 'russian doll', 'russian dolls', 'persian cat',
  'siamese twins', 'arabic numerals',
]);

export function findCountries(text: string, tk: Token[]): CountryMention[] {
  loadForeignNames(pageLanguage(tk));
  const out: CountryMention[] = [];
  const lowerText = text.toLowerCase();
  // Whether the text holds a cue for an ambiguous name is a property of the whole text: asked once per
  // name, not once per mention, so a page that repeats the name thousands of times stays linear.
  const cueSeen = new Map<string, boolean>();
  const cued = (word: string, cues: readonly string[]): boolean => {
    let seen = cueSeen.get(word);
    if (seen === undefined) cueSeen.set(word, (seen = cues.some((c) => lowerText.includes(c))));
    return seen;
  };
  let i = 0;
  while (i < tk.length) {
    const place = placeNamedLikeCountryAt(tk, i);
    if (place) {
      i += place;
      continue;
    }
    const m = matchAt(tk, i);
    if (!m) {
      i++;
      continue;
    }
    const mention = judge(text, cued, tk, i, m.next, m.e);
    if (mention) out.push(mention);
    i = m.next;
  }
  return out;
}

function judge(text: string, isCued: (word: string, cues: readonly string[]) => boolean, tk: Token[], i: number, next: number, e: Entry): CountryMention | null {
  const first = tk[i]!;
  const word = first.low;
  const prev = tk[i - 1];
  const prevWord = prev && first.gap < 2 && prev.kind === 'word' ? prev.low : '';
  const after = tk[next];
  const possessive = after?.raw === "'" && after.gap === 0 && (tk[next + 1]?.low === 's' || tk[next + 1]?.gap !== 0);
  const bound = after?.raw === '-' && after.gap === 0 && (tk[next + 1]?.low === 'bound' || tk[next + 1]?.low === 'based');
  const reasons: string[] = [];
  let confidence = e.form === 'demonym' ? 0.9 : e.form === 'abbreviation' ? 0.95 : 0.97;
  if (e.form === 'demonym') reasons.push('country named by its demonym');
  if (e.form !== 'capital' && countryWordInsideName(tk, i, next)) return null;
  // "Latin America", "South American", "Native American"
  if ((word === 'america' || word === 'american' || word === 'americans') && CONTINENT_BEFORE.has(prevWord)) return null;
  if ((word === 'indian' || word === 'indians') && (tk[next]?.low === 'ocean' || prevWord === 'american')) return null;
  if (e.form === 'demonym' && after?.kind === 'word' && after.gap === 1 && FIXED_DEMONYM_TERMS.has(`${word} ${after.low}`)) return null;
  if (e.form === 'capital') {
    // a capital is the state only when it acts ("Beijing's", "Washington pushes"), never a place ("in Beijing")
    if (PLACE_PREPOSITIONS.has(prevWord)) return null;
    const nextWord = after && after.gap === 1 && after.kind === 'word' ? after.low : '';
    const pastVerb = nextWord.length > 4 && nextWord.endsWith('ed') && after!.raw === after!.low;
    if (!possessive && !ACTOR_VERBS.has(nextWord) && !pastVerb) return null;
    if (NOT_AFTER_CAPITAL.has(nextWord) || bound) return null;
    if (after && after.gap === 1 && after.kind === 'word' && isCapitalized(after)) return null;
    confidence = 0.8;
    reasons.push(`capital '${tk.slice(i, next).map((t) => t.raw).join(' ')}' read as the state`);
  }
  const amb = AMBIGUOUS[word];
  if (amb && next === i + 1) {
    const cued = isCued(word, amb.cues);
    // a given name: "Michael Jordan", "Jordan Peterson", "Chad Smith"
    const capitalBefore = prev && prev.kind === 'word' && isCapitalized(prev) && first.gap === 1 && (!isSentenceStart(tk, i - 1) || GIVEN_NAMES.has(prev.low));
    const capitalAfter = after && after.kind === 'word' && after.gap === 1 && isCapitalized(after) && !matchAt(tk, next);
    if ((capitalBefore || capitalAfter) && (word === 'jordan' || word === 'chad' || word === 'israel' || word === 'georgia')) return null;
    // Georgia, with nothing of Tbilisi or the Caucasus around it and no other state listed beside it, is
    // the US state in English news
    if ((word === 'georgia' || word === 'georgians') && !cued && !listedBesideForeignCountry(tk, i, next)) return null;
    if (!cued) {
      const nextLow = after && after.kind === 'word' && after.gap === 1 ? after.low : '';
      const window = text.slice(Math.max(0, first.start - 80), Math.min(text.length, tk[next - 1]!.end + 80));
      if (readsAsPerson(window, word, nextLow)) return null;
      // "Turkey" with a capital in running text is the country far more often than the bird
      const likely = word === 'america' || word === 'korea' || word === 'korean' || (word === 'turkey' && !isSentenceStart(tk, i));
      confidence = Math.min(confidence, likely ? 0.85 : 0.6);
      reasons.push(amb.reason);
    }
  }
  if (e.code === 'CD' && word === 'congo' && next === i + 1) {
    // two states are called Congo; the larger (and the mining one) is the usual meaning
    confidence = Math.min(confidence, 0.75);
    reasons.push("'Congo' taken as the Democratic Republic of the Congo");
  }
  const start = first.start;
  const end = tk[next - 1]!.end;
  return { text: text.slice(start, end), start, end, code: e.code, form: e.form, confidence, reasons, firstToken: i, nextToken: next, possessive, bound };
}

const LIST_JOINERS = new Set([',', 'and', 'or', 'against', 'v', 'vs', 'versus', '/']);

/** "Georgia, Armenia and Azerbaijan", "Moldova or Georgia": a name in a list of other states is one too. */
function listedBesideForeignCountry(tk: Token[], i: number, next: number): boolean {
  const foreign = (m: { e: Entry } | null) => !!m && m.e.code !== 'US' && m.e.form !== 'capital';
  if (LIST_JOINERS.has(tk[next]?.low ?? '') && foreign(matchAt(tk, next + 1))) return true;
  if (!LIST_JOINERS.has(tk[i - 1]?.low ?? '')) return false;
  for (let start = i - 2; start >= Math.max(0, i - 6); start--) {
    const m = matchAt(tk, start);
    if (m && m.next === i - 1) return foreign(m);
  }
  return false;
}

function isSentenceStart(tk: Token[], j: number): boolean {
  const t = tk[j];
  if (!t) return true;
  if (t.gap >= 2 || j === 0) return true;
  const p = tk[j - 1]!;
  return p.raw === '.' || p.raw === '!' || p.raw === '?' || p.raw === '"';
}

/** Countries named in `text`, as ISO 3166-1 alpha-2 codes. */
export function recognizeCountries(text: string): CountryMention[] {
  return findCountries(text, tokenize(normalizeText(text)));
}
