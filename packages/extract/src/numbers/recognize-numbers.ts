import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { startsNumberWord } from './cardinal.ts';
import { parseNumeral, type Numeral } from './numeral.ts';

export interface NumberMention {
  text: string;
  start: number;
  end: number;
  value: number;
  /** How it was written: digits only, spelled out, a fraction or a ratio ("one in five"). */
  kind: Numeral['kind'];
  spelled: boolean;
}

/**
 * Letters glued to a number make it a measurement, code or ordinal ("180ml", "29km", "4th", "1990s",
 * "A4", "mar3"), not a bare number.
 */
export function gluedToLetters(tk: Token[], n: Numeral): boolean {
  const first = tk[n.first]!;
  const before = tk[n.first - 1];
  if (before && first.gap === 0 && before.kind === 'word') return true;
  const after = tk[n.next];
  return after !== undefined && after.gap === 0 && after.kind === 'word';
}

/** Every number in `text`, spelled out or in digits, outside URLs. */
export function scanNumerals(tk: Token[]): Numeral[] {
  const out: Numeral[] = [];
  let i = 0;
  while (i < tk.length) {
    const t = tk[i]!;
    if (t.kind === 'url' || (t.kind === 'punct' && t.raw !== '-' && t.raw !== '+' && t.raw !== '.') || (t.kind === 'word' && !startsNumberWord(t.low))) {
      i++;
      continue;
    }
    const n = parseNumeral(tk, i);
    if (n) {
      out.push(n);
      i = n.next;
    } else i++;
  }
  return out;
}

export function recognizeNumbers(text: string): NumberMention[] {
  const norm = normalizeText(text);
  const tk = tokenize(norm);
  const out: NumberMention[] = [];
  for (const n of scanNumerals(tk)) {
    if (gluedToLetters(tk, n)) continue;
    const start = tk[n.first]!.start;
    const end = tk[n.next - 1]!.end;
    out.push({ text: text.slice(start, end), start, end, value: n.value, kind: n.kind, spelled: n.words });
  }
  return out;
}
