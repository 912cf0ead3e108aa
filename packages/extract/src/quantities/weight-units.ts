import type { Token } from '../text/tokenize.ts';

/** Mass units as written, with kilograms per unit. "ton(s)" stays its own unit: short ton or tonne. */
export type WeightUnit = 't' | 'ton' | 'kg' | 'g' | 'mg' | 'ug' | 'lb' | 'oz' | 'ozt' | 'short_ton' | 'long_ton' | 'dram';

export const KG_PER_UNIT: Record<WeightUnit, number> = {
  t: 1000, ton: 1000, kg: 1, g: 1e-3, mg: 1e-6, ug: 1e-9, lb: 0.45359237, oz: 0.028349523125,
  ozt: 0.0311034768, short_ton: 907.18474, long_ton: 1016.0469088, dram: 0.0017718451953125,
};

/** Single words (lower-case) -> unit and a multiplier in that unit ("kt" = 1000 t). */
const WORDS: Record<string, [WeightUnit, number]> = {
  t: ['t', 1], tonne: ['t', 1], tonnes: ['t', 1], tonnage: ['t', 1], mt: ['t', 1], mts: ['t', 1],
  // wet and dry metric tonnes of ore and concentrate trade: the mass with or without its moisture
  wmt: ['t', 1], wmts: ['t', 1], dmt: ['t', 1], dmts: ['t', 1],
  // "MMT": million metric tons, as grain and oilseed balance sheets write them
  mmt: ['t', 1e6], mmts: ['t', 1e6],
  // "kmt": thousand metric tonnes, as trade statistics write them
  kmt: ['t', 1e3], kmts: ['t', 1e3],
  // "LMT": lakh metric tonnes (100,000 t), as Indian crop and trade figures write them
  lmt: ['t', 1e5], lmts: ['t', 1e5],
  kt: ['t', 1e3], kts: ['t', 1e3], kilotonne: ['t', 1e3], kilotonnes: ['t', 1e3], kiloton: ['t', 1e3], kilotons: ['t', 1e3],
  megatonne: ['t', 1e6], megatonnes: ['t', 1e6], megaton: ['t', 1e6], megatons: ['t', 1e6], gt: ['t', 1e9],
  ton: ['ton', 1], tons: ['ton', 1],
  kg: ['kg', 1], kgs: ['kg', 1], kilogram: ['kg', 1], kilograms: ['kg', 1], kilogramme: ['kg', 1], kilogrammes: ['kg', 1],
  kilo: ['kg', 1], kilos: ['kg', 1],
  g: ['g', 1], gs: ['g', 1], gm: ['g', 1], gms: ['g', 1], gram: ['g', 1], grams: ['g', 1], gramme: ['g', 1], grammes: ['g', 1],
  mg: ['mg', 1], mgs: ['mg', 1], milligram: ['mg', 1], milligrams: ['mg', 1], milligramme: ['mg', 1], milligrammes: ['mg', 1],
  'μg': ['ug', 1], ug: ['ug', 1], mcg: ['ug', 1], microgram: ['ug', 1], micrograms: ['ug', 1], microgramme: ['ug', 1], microgrammes: ['ug', 1],
  lb: ['lb', 1], lbs: ['lb', 1], pound: ['lb', 1], pounds: ['lb', 1],
  oz: ['oz', 1], ounce: ['oz', 1], ounces: ['oz', 1],
  // gold and silver miners count in thousands and millions of troy ounces
  koz: ['ozt', 1e3], moz: ['ozt', 1e6], mozs: ['ozt', 1e6],
  dram: ['dram', 1], drams: ['dram', 1], drachm: ['dram', 1], drachms: ['dram', 1],
};

/**
 * Capacity and rate units of mining and shipping reports, one word each: the figure is the mass, the
 * rate is what it measures ("a 2.5 mtpa plant"). "mtpa" is a million tonnes a year in every industry
 * that writes it (mining, steel, LNG), unlike a bare "mt".
 */
const RATE_WORDS: Record<string, [WeightUnit, number]> = {
  tpa: ['t', 1], tpy: ['t', 1], tpd: ['t', 1], tph: ['t', 1],
  ktpa: ['t', 1e3], ktpy: ['t', 1e3], kta: ['t', 1e3], ktpd: ['t', 1e3],
  mtpa: ['t', 1e6], mtpy: ['t', 1e6], mmtpa: ['t', 1e6],
};
/** What may follow a tonne unit after a slash: "t/y", "kt/a", "t/d", "Mt/yr". */
const RATE_AFTER_SLASH = new Set(['y', 'yr', 'a', 'year', 'annum', 'd', 'day', 'h', 'hr', 'month', 'mo']);
/** What may follow a tonne unit after "per": "tonnes per day", "t per annum". */
const RATE_AFTER_PER = new Set(['year', 'annum', 'day', 'month', 'hour', 'week', 'yr']);

export interface UnitMatch {
  unit: WeightUnit;
  /** Multiplier in `unit` (kilotonnes -> 1000 t). */
  mult: number;
  next: number;
  /** Token range of the unit itself. */
  first: number;
}

function w(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

/**
 * The mass unit starting at token j, right after a figure: "tonnes", "metric tons", "t", "kt", "k.g.",
 * "(kg)", "-ton" (as in "three-ton satellites"), "troy ounces", "short tons".
 */
export function weightUnitAt(tk: Token[], j: number): UnitMatch | null {
  const t = tk[j];
  if (!t || t.gap >= 2) return null;
  // "20 (kg)", "20 [kg]", "20 {kg}", "20 <kg>"
  const open = t.raw === '(' || t.raw === '[' || t.raw === '{' || t.raw === '<';
  if (open) {
    const inner = weightUnitAt(tk, j + 1);
    const close = inner ? tk[inner.next] : undefined;
    if (inner && close && close.gap === 0 && (close.raw === ')' || close.raw === ']' || close.raw === '}' || close.raw === '>')) {
      return { ...inner, first: j, next: inner.next + 1 };
    }
    return null;
  }
  // "three-ton", "68-ounce"
  if (t.raw === '-' && t.gap === 0 && tk[j + 1]?.gap === 0 && tk[j + 1]?.kind === 'word') {
    const inner = weightUnitAt(tk, j + 1);
    const rated = inner !== null && inner.next > j + 2 && tk[j + 2]?.raw === '-';
    return inner && (inner.next === j + 2 || rated) ? { ...inner, first: j } : null;
  }
  if (t.raw !== "'" && (t.kind !== 'word' || t.gap > 1)) return null;
  const low = t.low;
  // "k.g.", "k.gs"
  if (low === 'k' && tk[j + 1]?.raw === '.' && (w(tk, j + 2) === 'g' || w(tk, j + 2) === 'gs') && tk[j + 2]!.gap === 0) {
    const dot = tk[j + 3]?.raw === '.' && tk[j + 3]!.gap === 0 ? 1 : 0;
    return { unit: 'kg', mult: 1, first: j, next: j + 3 + dot };
  }
  // "wet metric tonnes", "dry tonnes": ore and concentrate masses with or without their moisture
  if ((low === 'wet' || low === 'dry') && w(tk, j + 1) !== '' && tk[j + 1]!.gap === 1) {
    const inner = weightUnitAt(tk, j + 1);
    if (inner && inner.unit === 't' && inner.mult === 1 && w(tk, j + 1) !== 't') return { ...inner, first: j };
    return null;
  }
  // "'000 t", "'000 tonnes": thousands of the unit that follows
  if (t.raw === "'" && tk[j + 1]?.raw === '000' && tk[j + 1]!.gap === 0) {
    const inner = weightUnitAt(tk, j + 2);
    return inner && inner.first === j + 2 ? { ...inner, mult: inner.mult * 1e3, first: j } : null;
  }
  // "1.2 kilo tonnes", "3 mega tonnes": the prefix written as its own word
  if ((low === 'kilo' || low === 'mega') && ['ton', 'tons', 'tonne', 'tonnes'].includes(w(tk, j + 1)) && tk[j + 1]!.gap === 1) {
    return { unit: 't', mult: low === 'kilo' ? 1e3 : 1e6, first: j, next: perTimeEnd(tk, j + 2, 't') };
  }
  if (low === 'metric' && (w(tk, j + 1) === 'ton' || w(tk, j + 1) === 'tons' || w(tk, j + 1) === 'tonne' || w(tk, j + 1) === 'tonnes')) {
    return { unit: 't', mult: 1, first: j, next: j + 2 };
  }
  if ((low === 'short' || low === 'long') && (w(tk, j + 1) === 'ton' || w(tk, j + 1) === 'tons')) {
    return { unit: low === 'short' ? 'short_ton' : 'long_ton', mult: 1, first: j, next: j + 2 };
  }
  if (low === 'troy' && (w(tk, j + 1) === 'ounce' || w(tk, j + 1) === 'ounces' || w(tk, j + 1) === 'oz')) {
    return { unit: 'ozt', mult: 1, first: j, next: j + 2 };
  }
  // "Mt" is a million tonnes in mining reports; "mt"/"MT" a metric tonne
  if (t.raw === 'Mt' || t.raw === 'Mts') return { unit: 't', mult: 1e6, first: j, next: perTimeEnd(tk, j + 1, 't') };
  if (t.raw === 'Mtpa' || t.raw === 'MTPA' || t.raw === 'Mtpy') return { unit: 't', mult: 1e6, first: j, next: j + 1 };
  const rate = RATE_WORDS[low];
  if (rate) return { unit: rate[0], mult: rate[1], first: j, next: j + 1 };
  const hit = WORDS[low];
  if (!hit) return null;
  // one-letter units only glued or right after a figure, never as a sentence word ("t" in "don't")
  if (low === 'g' && t.gap === 1) {
    const after = tk[j + 1];
    if (after && after.kind === 'word' && after.gap <= 1 && after.low !== 'of') return null;
  }
  const next = perTimeEnd(tk, j + 1, hit[0]);
  if (next === j + 1 && low.length <= 2 && gluedWordAfterHyphen(tk, j + 1)) return null;
  return { unit: hit[0], mult: hit[1], first: j, next };
}

/**
 * A letter symbol hyphened to a word is the first part of a compound, not a unit: "38 million T-shirts",
 * "two g-force". A rate after a unit ("t-a-year") is read before this is asked.
 */
function gluedWordAfterHyphen(tk: Token[], j: number): boolean {
  const hyphen = tk[j];
  const word = tk[j + 1];
  return hyphen?.raw === '-' && hyphen.gap === 0 && word?.kind === 'word' && word.gap === 0;
}

/**
 * A rate written with a tonne unit belongs to it: "t/y", "kt/yr", "tonnes per day", "tonnes per annum",
 * and, hyphened before a noun, "200,000-tonne-a-year smelter" or "a 3,000-tonne-per-day mill".
 */
function perTimeEnd(tk: Token[], j: number, unit: WeightUnit): number {
  if (unit !== 't') return j;
  const a = tk[j];
  const b = tk[j + 1];
  if (!a || !b || b.kind !== 'word') return j;
  if (a.raw === '/' && a.gap === 0 && b.gap === 0) return RATE_AFTER_SLASH.has(b.low) ? j + 2 : j;
  if (a.kind === 'word' && a.low === 'per' && a.gap === 1 && b.gap === 1) return RATE_AFTER_PER.has(b.low) ? j + 2 : j;
  const c = tk[j + 2];
  const d = tk[j + 3];
  if (a.raw === '-' && a.gap === 0 && b.gap === 0 && (b.low === 'a' || b.low === 'per') && c?.raw === '-' && c.gap === 0 && d?.kind === 'word' && d.gap === 0 && RATE_AFTER_PER.has(d.low)) return j + 4;
  return j;
}
