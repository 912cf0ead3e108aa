import type { Numeral } from '../numbers/numeral.ts';
import type { Token } from '../text/tokenize.ts';
import { isChangeWord } from './cues.ts';

export interface RangeMatch<U> {
  /** Token where the range starts ("between", "from" or the first figure). */
  first: number;
  next: number;
  other: Numeral;
  otherIndex: number;
  /** The unit written after the second figure, if any. */
  unit: U | null;
}

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/**
 * "rose 40,000 tonnes to 250,000 tonnes", "fell by $3 to $45": a figure right after a verb of change (or
 * after its "by") is the size of the change, and "to" then names the level reached, not a range's end. A
 * change still to come is a range of sizes ("expects output to grow by 10% to 15%").
 */
export function reportedChangeBefore(tk: Token[], first: number): boolean {
  const lead = word(tk, first - 1);
  const at = lead === 'by' ? first - 2 : first - 1;
  const verb = word(tk, at);
  return verb !== '' && isChangeWord(verb) && !PROSPECTIVE.has(word(tk, at - 1));
}

/** Words before a verb that make its change a prospect, not a reported fact. */
const PROSPECTIVE = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'can', 'must', 'shall']);

/** How many times its low end a planned change's second figure must be to read as the level it leads to. */
const LEVEL_RATIO = 4;

/**
 * "A to B" after a change is the size of the change and the level it reaches, not a range. Besides the
 * cases of `reportedChangeBefore`, after "by" the verb may stand before its object ("cut its output
 * forecast by 2 Mt to 30 Mt"), and a change still to come is a change and a level when the second figure
 * is many times the first (a range of sizes spans less: "grow by 10% to 15%").
 */
export function changeThenLevel(tk: Token[], first: number, low: number, high: number): boolean {
  if (reportedChangeBefore(tk, first)) return true;
  if (word(tk, first - 1) !== 'by') return false;
  const verbAt = changeVerbBeforeObject(tk, first - 1);
  if (verbAt < 0) return false;
  return !PROSPECTIVE.has(word(tk, verbAt - 1)) || (low > 0 && high >= LEVEL_RATIO * low);
}

/** Index of a verb of change up to a few words before "by" (its object in between), or -1. */
function changeVerbBeforeObject(tk: Token[], by: number): number {
  for (let k = by - 1, content = 0; k >= 0 && content <= 4; k--) {
    const t = tk[k]!;
    if (tk[k + 1]!.gap >= 2) return -1;
    if (t.kind === 'punct' && t.raw !== '-' && t.raw !== "'") return -1;
    if (t.kind === 'word' && isChangeWord(t.low)) return k;
    if (t.kind === 'word' || t.kind === 'num') content++;
  }
  return -1;
}

/**
 * "18% to 50%", "18-50%", "between 44 and 50 mg", "from 44 mg to 50 mg", "between 44 mg to 50 mg":
 * a low and a high figure with one unit. Units written on both ends must agree; a unit written only
 * on the first figure ("5% to 10 companies") is not a range.
 */
export function rangeAfter<U extends { next: number }>(
  tk: Token[], numerals: Numeral[], ni: number, unitAt: (j: number) => U | null, sameUnit: (a: U, b: U) => boolean = () => true,
): RangeMatch<U> | null {
  const n = numerals[ni]!;
  const m = numerals[ni + 1];
  if (!m) return null;
  const u1 = unitAt(n.next);
  const afterFirst = u1 ? u1.next : n.next;
  // the lead word may open the sentence ("Between 5 and 10 tonnes"): its own gap does not matter
  const leadTok = tk[n.first - 1];
  const lead = leadTok && leadTok.kind === 'word' && tk[n.first]!.gap < 2 ? leadTok.low : '';
  const between = lead === 'between';
  const from = lead === 'from';
  const conn = tk[afterFirst];
  if (!conn || conn.gap >= 2) return null;
  const c = conn.kind === 'word' ? conn.low : conn.raw;
  const ok = c === 'to' || c === 'through' || c === 'till' || c === 'until' || c === '-' || (between && c === 'and');
  if (!ok || m.first !== afterFirst + 1 || tk[m.first]!.gap >= 2) return null;
  if (c === 'to' && !from && !between && changeThenLevel(tk, n.first, n.value, m.value)) return null;
  if (c === '-' && !(u1 ? true : conn.gap === 0 && tk[m.first]!.gap === 0)) return null;
  const u2 = unitAt(m.next);
  if (u1 && !u2) return null;
  if (u1 && u2 && !sameUnit(u1, u2)) return null;
  if (!(n.value < m.value)) return null;
  return { first: between || from ? n.first - 1 : n.first, next: u2 ? u2.next : m.next, other: m, otherIndex: ni + 1, unit: u2 };
}

/** Words that compare a figure with the one just read: "down from", "against", "versus", "compared with". */
const COMPARING = new Set(['from', 'against', 'versus', 'vs']);
/** What may follow a compared figure whose unit is left unwritten: the end of the clause, or its time. */
const AFTER_ELIDED = new Set(['a', 'an', 'in', 'at', 'on', 'the', 'last', 'previously', 'earlier', 'during', 'for', 'over', 'and', 'before', 'one', 'this', 'year', 'as']);
/** The compared figure may be this many times larger or smaller than the first and still be the same measure. */
const ELIDED_RATIO = 50;

/** A "to" right before the figure or inside its hedge and sign: "rose to $5bn", "went up to £120". */
function reachedLevel(tk: Token[], spanFirst: number, figureFirst: number): boolean {
  for (let k = spanFirst - 1; k < figureFirst; k++) if (word(tk, k) === 'to') return true;
  return false;
}

function endsClause(tk: Token[], k: number): boolean {
  const t = tk[k];
  if (!t || t.gap >= 2) return true;
  if (t.kind === 'word') return AFTER_ELIDED.has(t.low);
  return t.raw === ',' || t.raw === '.' || t.raw === ';' || t.raw === ')' || t.raw === ':';
}

export interface ElidedComparison {
  /** Index of the compared figure in the numerals. */
  index: number;
  /** Its value in the first figure's unit, the first figure's scale applied when it writes none. */
  value: number;
  /** Token after the compared figure. */
  next: number;
}

/**
 * "rose to 48% from 44", "2.3 million tonnes, down from 2.1 million", "$5.6 billion against 4.1 billion a
 * year earlier": a figure compared with the one just read, its unit (and scale) left for the reader to carry
 * over. Only a bare figure that ends its clause or is followed by its time, never a year.
 */
export function elidedComparison(tk: Token[], numerals: Numeral[], firstIndex: number, spanFirst: number, afterFirst: number, firstValue: number): ElidedComparison | null {
  const first = numerals[firstIndex]!;
  let j = afterFirst;
  if (tk[j]?.raw === ',' || tk[j]?.raw === '(') j++;
  const moved = word(tk, j) === 'up' || word(tk, j) === 'down';
  if (moved) j++;
  const lead = word(tk, j);
  if (lead === 'compared' && (word(tk, j + 1) === 'with' || word(tk, j + 1) === 'to')) j += 2;
  else if (COMPARING.has(lead)) j++;
  else return null;
  // a bare "from" compares only a level reached ("rose to $5bn from 4bn"); otherwise it names a source ("raised $5bn from 20")
  if (lead === 'from' && !moved && !reachedLevel(tk, spanFirst, first.first)) return null;
  if (j === afterFirst) return null;
  // the compared figure is among the next few numerals (a range's second figure may come between): a bounded look
  let index = -1;
  for (let k = firstIndex + 1; k <= firstIndex + 3 && k < numerals.length; k++) if (numerals[k]!.first === j) index = k;
  const n = numerals[index];
  if (!n || tk[j]!.gap >= 2 || n.kind !== 'cardinal') return null;
  if (n.plain && n.value >= 1900 && n.value <= 2100) return null;
  if (!endsClause(tk, n.next)) return null;
  const value = !n.scaled && !n.grouped && n.value < 1000 && first.scale > 1 && n.value * first.scale <= firstValue * ELIDED_RATIO ? n.value * first.scale : n.value;
  if (!(value > 0 && firstValue > 0 && value <= firstValue * ELIDED_RATIO && firstValue <= value * ELIDED_RATIO)) return null;
  return { index, value, next: n.next };
}
