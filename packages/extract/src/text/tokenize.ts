/**
 * A single pass over the (normalized) text into number, word, punctuation and URL tokens. Letters and
 * digits are split apart ("15Sep" -> 15 | Sep, "3.4bn" -> 3 | . | 4 | bn) so every recognizer sees the
 * same pieces and decides itself whether adjacency matters (`gap`).
 */

export type TokenKind = 'num' | 'word' | 'punct' | 'url';

export interface Token {
  kind: TokenKind;
  /** Offsets into the text. */
  start: number;
  end: number;
  /** Surface text as written (normalized), and lower-cased. */
  raw: string;
  low: string;
  /** Whitespace before the token: 0 none, 1 spaces, 2 a line break, 3 a blank line (new block). */
  gap: 0 | 1 | 2 | 3;
  /** Several spaces or a tab before the token (still gap 1). */
  wide: boolean;
}

const LETTER_RE = /\p{L}|\p{M}/u;

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

export function isLetterCode(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** A run of non-space characters that is a URL, path or e-mail address: nothing inside is a fact. */
function urlRunEnd(text: string, i: number): number {
  const c = text.charCodeAt(i) | 32;
  if (c !== 104 && c !== 119 && c !== 102) return -1; // h(ttp) w(ww) f(tp)
  let j = i;
  while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++;
  if (j - i < 8) return -1;
  const head = text.slice(i, Math.min(j, i + 12)).toLowerCase();
  if (head.startsWith('www.') || /^(https?|ftp):\/\//.test(head)) {
    // a trailing sentence period or closing bracket is not part of the URL
    while (j > i && /[.,;:!?)\]"']/.test(text[j - 1]!)) j--;
    return j;
  }
  return -1;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let gap: 0 | 1 | 2 | 3 = 3;
  let wide = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      let newlines = 0;
      let count = 0;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (!isSpaceCode(d)) break;
        if (d === 10) newlines++;
        if (d === 9) count += 2;
        count++;
        i++;
      }
      const g = newlines >= 2 ? 3 : newlines === 1 ? 2 : 1;
      if (g > gap) gap = g;
      wide = count > 1;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigitCode(c)) {
      kind = 'num';
      while (i < to && isDigitCode(text.charCodeAt(i))) i++;
    } else if (isLetterCode(c)) {
      const urlEnd = gap > 0 || tokens.length === 0 ? urlRunEnd(text, i) : -1;
      if (urlEnd > 0 && urlEnd <= to) {
        kind = 'url';
        i = urlEnd;
      } else {
        kind = 'word';
        i++;
        while (i < to && isLetterCode(text.charCodeAt(i))) i++;
      }
    } else {
      kind = 'punct';
      i++;
      // keep surrogate pairs (emoji etc.) whole
      if (c >= 0xd800 && c <= 0xdbff && i < to) i++;
    }
    const raw = text.slice(start, i);
    tokens.push({ kind, start, end: i, raw, low: kind === 'word' ? raw.toLowerCase() : raw, gap, wide });
    gap = 0;
    wide = false;
  }
  return tokens;
}
