/** Lexicon for spelled-out numbers: cardinals, ordinals, scales and fractions. */

export const UNITS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, nil: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers. `hundred` is a small scale: it multiplies the group, never the running total. */
export const SCALES: Record<string, number> = {
  hundred: 100, hundreds: 100,
  thousand: 1e3, thousands: 1e3,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lkh: 1e5, lkhs: 1e5,
  million: 1e6, millions: 1e6,
  crore: 1e7, crores: 1e7, cr: 1e7, koti: 1e7, kr: 1e7, krores: 1e7,
  billion: 1e9, billions: 1e9,
  trillion: 1e12, trillions: 1e12,
};

/** Scale words written only as abbreviations after digits ("3.4bn", "10 bln", "2mil", "$1MM"). */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  // "ths": thousands as commodity wires abbreviate them ("180 ths t")
  k: 1e3, thou: 1e3, ths: 1e3, thsd: 1e3,
  mm: 1e6, mn: 1e6, mil: 1e6, mln: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, bil: 1e9,
  tn: 1e12, tln: 1e12, trn: 1e12,
  // German and Swiss copy abbreviates the scales with a point: "€1,5 Mio.", "CHF 2 Mrd."
  mio: 1e6, mrd: 1e9,
};

export const DOZEN: Record<string, number> = { dozen: 12, dozens: 12, dz: 12, dzs: 12 };

/** Ordinals of units and tens (value of the ordinal). */
export const UNIT_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};

export const TENS_ORDINALS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90,
};

export const SCALE_ORDINALS: Record<string, number> = {
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};

/** Denominator words that are not ordinals. */
export const FRACTION_NOUNS: Record<string, number> = { half: 2, halves: 2, quarter: 4, quarters: 4 };

/** "fifths" -> "fifth"; "halves" is listed directly. */
export function singularOrdinal(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function ordinalValue(word: string): { value: number; kind: 'unit' | 'tens' | 'scale' } | null {
  const w = singularOrdinal(word);
  const u = UNIT_ORDINALS[w];
  if (u !== undefined) return { value: u, kind: 'unit' };
  const t = TENS_ORDINALS[w];
  if (t !== undefined) return { value: t, kind: 'tens' };
  const s = SCALE_ORDINALS[w];
  if (s !== undefined) return { value: s, kind: 'scale' };
  return null;
}

export function isNumberWord(word: string): boolean {
  return UNITS[word] !== undefined || TENS[word] !== undefined || SCALES[word] !== undefined;
}
