import type { Token } from '../text/tokenize.ts';

/** A number written with digits: "1,234.5", "12,34,567.89", "1 234 567", ".08", "1.3e6", "1.1^23". */
export interface DigitAtom {
  value: number;
  /** Token index after the atom. */
  next: number;
  integer: boolean;
  /** A single run of digits with no separator, decimal or exponent ("2025", "0033"). */
  plain: boolean;
  /** Grouped with thousands separators ("1,234" or "1 234"). */
  grouped: boolean;
}

function at(tk: Token[], i: number): Token | undefined {
  return tk[i];
}

function isP(t: Token | undefined, ch: string, gap0 = true): boolean {
  return t !== undefined && t.kind === 'punct' && t.raw === ch && (!gap0 || t.gap === 0);
}

function isNum(t: Token | undefined, gap0 = true): t is Token {
  return t !== undefined && t.kind === 'num' && (!gap0 || t.gap === 0);
}

/** Comma-separated digit groups after a lead: ",234,567" -> ["234", "567"]. */
function commaParts(tk: Token[], j: number): string[] {
  const parts: string[] = [];
  // no real number has more than a dozen groups; longer chains are lists (and must not be rescanned)
  while (parts.length < 12 && isP(at(tk, j), ',') && isNum(at(tk, j + 1))) {
    parts.push(tk[j + 1]!.raw);
    j += 2;
  }
  return parts;
}

/** Thousands groups separated by single spaces: "1 234 567" (never a 4-digit group: "423 0000"). */
function spaceParts(tk: Token[], i: number, lead: string): string[] {
  const parts: string[] = [];
  if (lead.length > 3) return parts;
  const before = tk[i - 1];
  // "May 5 100 people", "1, 234": a preceding word or comma makes a space group unlikely
  if (before && before.gap === 0 && before.kind !== 'punct') return parts;
  let j = i + 1;
  while (parts.length < 12 && isNum(at(tk, j), false) && tk[j]!.gap === 1 && !tk[j]!.wide && tk[j]!.raw.length === 3) {
    const sep = tk[j]!.start - tk[j - 1]!.end;
    if (sep !== 1) break;
    parts.push(tk[j]!.raw);
    j++;
  }
  // "423 000 0000" or a group glued to letters ("100 000km") still reads as grouped; a following
  // 1-2 or 4+ digit number with a single space means this is a list, not a grouping
  const after = tk[j];
  if (parts.length > 0 && after && after.kind === 'num' && after.gap === 1) return [];
  return parts;
}

function applyExponent(tk: Token[], j: number, value: number): { value: number; next: number } | null {
  const t = at(tk, j);
  // 1e10, 12.32e+14, -12e-1
  if (t && t.kind === 'word' && t.gap === 0 && t.low === 'e') {
    let k = j + 1;
    let sign = 1;
    if (isP(at(tk, k), '+') || isP(at(tk, k), '-')) {
      sign = tk[k]!.raw === '-' ? -1 : 1;
      k++;
    }
    if (isNum(at(tk, k)) && tk[k]!.raw.length <= 3) {
      return { value: value * 10 ** (sign * Number(tk[k]!.raw)), next: k + 1 };
    }
    return null;
  }
  // 1.1^23, 2.5^-1, 1.1^--23 (a doubled minus cancels)
  if (isP(t, '^')) {
    let k = j + 1;
    let sign = 1;
    while (isP(at(tk, k), '-') || isP(at(tk, k), '+')) {
      if (tk[k]!.raw === '-') sign = -sign;
      k++;
    }
    if (isNum(at(tk, k)) && tk[k]!.raw.length <= 3) {
      return { value: value ** (sign * Number(tk[k]!.raw)), next: k + 1 };
    }
    return null;
  }
  // 1.3x10^6, 6.23x10^-4
  if (t && t.kind === 'word' && t.gap === 0 && t.low === 'x' && isNum(at(tk, j + 1)) && tk[j + 1]!.raw === '10') {
    const pow = applyExponent(tk, j + 2, 10);
    if (pow) return { value: value * pow.value, next: pow.next };
  }
  return null;
}

export function parseDigitAtom(tk: Token[], i: number): DigitAtom | null {
  const t = tk[i];
  if (!t) return null;
  // ".08", ".25ml": a leading decimal point not glued to a preceding digit
  if (isP(t, '.', false)) {
    const prev = tk[i - 1];
    const n = at(tk, i + 1);
    if (isNum(n) && !(prev && t.gap === 0 && prev.kind === 'num')) {
      let value = Number(`0.${n.raw}`);
      let next = i + 2;
      const exp = applyExponent(tk, next, value);
      if (exp) ({ value, next } = exp);
      return { value, next, integer: false, plain: false, grouped: false };
    }
    return null;
  }
  if (t.kind !== 'num') return null;
  // the middle or end of a dotted chain ("192.168.1.2") or a list ("22,24,26") is an integer of its own
  const p1 = tk[i - 1];
  if (p1 && t.gap === 0 && (p1.raw === '.' || p1.raw === ',') && p1.gap === 0 && tk[i - 2]?.kind === 'num') {
    return { value: Number(t.raw), next: i + 1, integer: true, plain: true, grouped: false };
  }
  let intDigits = t.raw;
  let frac = '';
  let j = i + 1;
  let grouped = false;

  const parts = commaParts(tk, j);
  if (parts.length > 0) {
    const last = parts[parts.length - 1]!;
    const middle = parts.slice(0, -1);
    if (t.raw.length <= 3 && parts.every((p) => p.length === 3)) {
      intDigits += parts.join('');
      j += parts.length * 2;
      grouped = true;
    } else if (t.raw.length <= 2 && last.length === 3 && middle.length > 0 && middle.every((p) => p.length === 2)) {
      // Indian grouping: 12,34,567
      intDigits += parts.join('');
      j += parts.length * 2;
      grouped = true;
    } else if (parts.length === 1 && last.length <= 2 && !(isP(at(tk, j + 2), '.') && isNum(at(tk, j + 3)))) {
      // decimal comma: "1,3", "5,00"
      frac = last;
      j += 2;
    }
    // otherwise a list ("22,24,26,31"): this atom is the lead alone
  } else if (isP(at(tk, j), '.') && isNum(at(tk, j + 1)) && tk[j + 1]!.raw.length === 3 && t.raw.length <= 3) {
    // European grouping with a decimal comma: 1.111,11
    let k = j;
    let digits = t.raw;
    while (k - j < 24 && isP(at(tk, k), '.') && isNum(at(tk, k + 1)) && tk[k + 1]!.raw.length === 3) {
      digits += tk[k + 1]!.raw;
      k += 2;
    }
    if (isP(at(tk, k), ',') && isNum(at(tk, k + 1)) && !(isP(at(tk, k + 2), ',') && isNum(at(tk, k + 3)))) {
      return { value: Number(`${digits}.${tk[k + 1]!.raw}`), next: k + 2, integer: false, plain: false, grouped: true };
    }
  } else {
    const sp = spaceParts(tk, i, t.raw);
    if (sp.length > 0) {
      intDigits += sp.join('');
      j += sp.length;
      grouped = true;
    }
  }

  if (!frac && isP(at(tk, j), '.') && isNum(at(tk, j + 1))) {
    // a dotted chain (192.168.1.2, 1.1.3) is a run of separate integers
    if (isP(at(tk, j + 2), '.') && isNum(at(tk, j + 3))) {
      return { value: Number(t.raw), next: i + 1, integer: true, plain: true, grouped: false };
    }
    frac = tk[j + 1]!.raw;
    j += 2;
  }
  let value = Number(frac ? `${intDigits}.${frac}` : intDigits);
  const exp = applyExponent(tk, j, value);
  if (exp) ({ value, next: j } = exp);
  if (!Number.isFinite(value)) return null;
  const plain = j === i + 1;
  return { value, next: j, integer: Number.isInteger(value) && !frac, plain, grouped };
}
