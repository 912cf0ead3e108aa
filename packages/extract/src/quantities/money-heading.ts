import type { Token } from '../text/tokenize.ts';
import { currencyAfter, currencyBefore } from './currencies.ts';
import { perUnitAt } from './price-units.ts';

/**
 * The unit of money a table heading or caption gives its figures: "($m)", "US$ million", "(€bn)",
 * "Rs crore", "in millions of dollars", "(USD '000)", "Price ($/t)". Figures in the cells are then that
 * many units of the currency.
 */
export interface MoneyHeading {
  code: string;
  mult: number;
  perUnit: string | null;
}

const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
};

/** A scale word at token k, "'000" or "000s" included; its multiplier and the token after it. */
function scaleAt(tk: Token[], k: number): { mult: number; next: number } | null {
  const t = tk[k];
  if (!t || t.gap >= 2) return null;
  if (t.raw === "'" && tk[k + 1]?.raw === '000') return { mult: 1e3, next: k + 2 };
  if (t.raw === '000' || t.raw === '000s') return { mult: 1e3, next: k + (tk[k + 1]?.raw === 's' && tk[k + 1]!.gap === 0 ? 2 : 1) };
  const mult = t.kind === 'word' ? SCALE_WORDS[t.low] : undefined;
  return mult ? { mult, next: k + 1 } : null;
}

/** A currency's sign, code or short letters ("$", "US", "EUR", "Rs"), never a word such as "Euro" that also names a region. */
function isSign(t: Token): boolean {
  return t.kind !== 'word' || t.raw === t.raw.toUpperCase() || t.raw.length <= 3;
}

/** Words allowed between a scale and the currency it scales: "millions of dollars", "million US dollars". */
const JOINING = new Set(['of', 'in']);

/** The money unit written in tokens [from, to), or null when the range names none or names an amount. */
export function moneyHeadingIn(tk: Token[], from: number, to: number, text: string): MoneyHeading | null {
  for (let k = from; k < to; k++) {
    const t = tk[k]!;
    // a sign or code followed by its scale: "$m", "US$ million", "€bn", "Rs crore", "USD '000", "Price ($)"
    const signed = k + 1 < tk.length ? currencyBefore(tk, k + 1, text) : null;
    if (signed && signed.first >= from && isSign(tk[signed.first]!) && tk[k + 1]!.kind !== 'num') {
      const scale = scaleAt(tk, k + 1);
      const after = scale ? scale.next : k + 1;
      // a figure after the sign is an amount in the heading ("Exports topped $5 billion"), not its unit
      if (tk[after]?.kind === 'num' || tk[k + 1]!.raw === '.') return null;
      return { code: signed.code, mult: scale?.mult ?? 1, perUnit: perUnitAt(tk, after)?.unit ?? null };
    }
    // a scale then a currency word: "in millions of dollars", "million euros", "(crore rupees)"
    const scale = scaleAt(tk, k);
    if (scale && t.kind === 'word' && t.low.length > 2) {
      let j = scale.next;
      while (JOINING.has(tk[j]?.low ?? '') && j < scale.next + 2) j++;
      const word = j < to ? currencyAfter(tk, j, text) : null;
      if (word && word.next <= to) return { code: word.code, mult: scale.mult, perUnit: perUnitAt(tk, word.next)?.unit ?? null };
    }
  }
  return null;
}
