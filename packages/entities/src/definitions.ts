import { EXCHANGES } from './lexicon.ts';
import { nameWords } from './name-key.ts';

export interface Ticker {
  exchange: string;
  symbol: string;
}

/**
 * What a bracket right after a company's name defines: an acronym ("(CATL)"), a short name made of
 * the name's own words ("(\"Huayou\")") and/or a listing ("(ASX: LYC)").
 */
export interface Definition {
  acronym: string | null;
  shortName?: string;
  tickers: Ticker[];
}

// A bracket is read only when it follows the name directly and is short: a definition, not an aside.
const BRACKET = /^\s*\(([^()]{1,60})\)/;
const ACRONYM = /^[A-Z][A-Za-z0-9&]{1,7}$/;

/**
 * The bracket following a mention of `name` in `text` at `end` (the offset just past the name):
 * "Contemporary Amperex Technology Co. Limited (CATL)" defines "CATL"; "(ASX: LYC; OTC: LYSDY)"
 * lists two tickers. An acronym is kept only when its letters are the initials of the name's words
 * in order, so "(pictured)" or "(2024)" define nothing.
 */
export function definitionAfter(text: string, end: number, name: string): Definition | null {
  const m = BRACKET.exec(text.slice(end, end + 64));
  if (!m) return null;
  const inner = m[1]!.trim();
  const tickers: Ticker[] = [];
  let acronym: string | null = null;
  let shortName: string | undefined;
  for (const part of inner.split(/[;,]|\s+or\s+/)) {
    const listing = /^\s*([A-Za-z][A-Za-z -]{1,20}?)\s*:\s*([A-Za-z0-9.]{1,10})\s*$/.exec(part);
    if (listing && EXCHANGES.has(listing[1]!.toLowerCase().trim())) {
      tickers.push({ exchange: listing[1]!.toUpperCase().trim(), symbol: listing[2]!.toUpperCase() });
      continue;
    }
    const word = part.trim().replace(/^["“']|["”']$/g, '').trim();
    if (!acronym && ACRONYM.test(word) && (word.match(/[A-Z]/g)?.length ?? 0) >= 2 && initialsMatch(word, name)) acronym = word;
    else if (!shortName && isRunOfWords(word, name)) shortName = word;
  }
  if (!acronym && !shortName && tickers.length === 0) return null;
  return shortName ? { acronym, shortName, tickers } : { acronym, tickers };
}

/**
 * A capitalized run of the name's own words, shorter than the name: "Huayou" defined after "Zhejiang
 * Huayou Cobalt Co., Ltd.". A bracket of other words ("(pictured)", "(Kalgoorlie)") defines nothing.
 */
function isRunOfWords(word: string, name: string): boolean {
  if (!/^[A-Z0-9]/.test(word) || word.length > 40) return false;
  const part = nameWords(word);
  const whole = nameWords(name);
  if (part.length === 0 || part.length >= whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

/** Letters of the acronym taken in order from the starts of the name's words (legal forms included). */
export function initialsMatch(acronym: string, name: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = nameWords(name);
  if (letters.length < 2 || words.length < 2 || letters[0] !== words[0]![0]) return false;
  // Each letter starts a later word, or continues the current word ("JL Mag" -> "JLM" fails, "MP Materials" -> "MPM").
  let w = 0;
  let inWord = 1;
  for (let i = 1; i < letters.length; i++) {
    const c = letters[i]!;
    let found = false;
    for (let k = w + 1; k < words.length; k++) {
      if (words[k]![0] === c) {
        w = k;
        inWord = 1;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (words[w]![inWord] === c) {
      inWord++;
      continue;
    }
    return false;
  }
  return true;
}
