const WS_RUN = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;

/** Collapses every whitespace run (including NBSP and zero-width space) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(WS_RUN, ' ').trim();
}

/** Counts of a text node's visible characters and sentence marks, without allocating. */
export interface TextCounts {
  chars: number;
  stops: number;
  commas: number;
}

/** Visible characters (CJK weighted double), sentence ends and commas (Latin, CJK and Arabic forms). */
export function countText(text: string, into: TextCounts): void {
  let chars = 0;
  let stops = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x200b || c === 0xfeff) continue;
    // A Han, kana or Hangul character carries about as much as two Latin letters: weigh it so, so
    // that length thresholds mean the same in Chinese, Japanese and Korean.
    chars += c >= 0x2e80 && c < 0xfb00 ? 2 : 1;
    if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x061f) {
      // "." inside numbers ("2.5%") is not a sentence end
      const next = text.charCodeAt(i + 1);
      if (c !== 46 || !(next >= 48 && next <= 57)) stops++;
    } else if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) commas++;
  }
  into.chars += chars;
  into.stops += stops;
  into.commas += commas;
}
