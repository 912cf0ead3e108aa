import type { Token } from '../text/tokenize.ts';
import { weightUnitAt } from './weight-units.ts';
import { isChangeWord } from './cues.ts';

/**
 * The unit a price is quoted in when the figure writes it: "a ton", "per tonne", "/lb", "per share",
 * "an ounce", "a bushel", "per kWh", "per dry metric tonne unit", glued "-a-month", or a rate adjective
 * before a payment ("a $10 monthly fee"). And the unit a price borrows from the price before it, when the
 * text compares the two, converts one into another currency, or goes on quoting a market price.
 */

const PER_UNITS: Record<string, string> = {
  share: 'share', barrel: 'bbl', bbl: 'bbl', unit: 'unit', vehicle: 'vehicle', month: 'month', year: 'year', week: 'week',
  day: 'day', hour: 'hour', night: 'night', head: 'person', person: 'person', bushel: 'bushel', gallon: 'gal', gal: 'gal',
  litre: 'l', liter: 'l', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', w: 'W', wp: 'W', kw: 'kW', mw: 'MW', mmbtu: 'MMBtu',
  btu: 'Btu', therm: 'therm', carat: 'carat', ct: 'carat', acre: 'acre', hectare: 'ha', ha: 'ha', ticket: 'ticket',
  passenger: 'passenger', seat: 'seat', dmt: 't', dmtu: 'mtu', wmt: 't', mo: 'month', mth: 'month', yr: 'year', wk: 'week',
  hr: 'hour',
  // grain and livestock quotes ("$4.52/bu", "$15.20/cwt") and container freight ("$2,400/FEU")
  bu: 'bushel', cwt: 'cwt', dozen: 'dozen', hundredweight: 'cwt', feu: 'FEU', teu: 'TEU',
  // gas and power sold by energy content ("$2.95 a gigajoule") and spectrum sold by bandwidth ("₹3,210 crore a megahertz")
  gigajoule: 'GJ', gj: 'GJ', terajoule: 'TJ', megajoule: 'MJ', megahertz: 'MHz', mhz: 'MHz',
};
/**
 * Things counted one by one that a sum is often given per ("£6m a season", "$2.90 a dose", "€30 a visit").
 * After "a" they are a unit only where the noun ends its phrase: "£60 a season ticket holder" is not.
 */
const COUNTED_UNITS: Record<string, string> = {
  season: 'season', dose: 'dose', game: 'game', match: 'match', visit: 'visit', trip: 'trip', ride: 'ride', flight: 'flight',
  meal: 'meal', room: 'room', pupil: 'pupil', student: 'student', patient: 'patient', household: 'household', employee: 'employee',
  worker: 'worker', member: 'member', subscriber: 'subscriber', user: 'user', customer: 'customer', episode: 'episode',
  quarter: 'quarter', tablet: 'tablet', pill: 'pill', kilowatt: 'kW', kilometre: 'km', kilometer: 'km', mile: 'mile',
  // goods sold by the package ("₹465 a bag", "$14.50 a container") and services by the use ("£25 a journey")
  bag: 'bag', sack: 'sack', container: 'container', box: 'box', crate: 'crate', carton: 'carton', bottle: 'bottle', packet: 'packet',
  pallet: 'pallet', cylinder: 'cylinder', tin: 'tin', journey: 'journey', transaction: 'transaction', lesson: 'lesson', session: 'session',
};
/** Words that may follow a counted unit when the phrase ends with it: "£6m a season under the deal", "$3 a dose, or". */
const PHRASE_FOLLOWERS = new Set([
  'and', 'or', 'but', 'for', 'in', 'on', 'to', 'from', 'until', 'by', 'under', 'with', 'at', 'over', 'through', 'since',
  'while', 'when', 'as', 'after', 'before', 'this', 'last', 'next', 'according', 'compared', 'against', 'versus', 'than',
  'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'has', 'had', 'have', 'said', 'says', 'the', 'a', 'an', 'its', 'their',
]);

function endsPhrase(tk: Token[], k: number): boolean {
  const t = tk[k];
  return !t || t.gap >= 2 || (t.kind === 'punct' && !(t.raw === '-' && t.gap === 0) && t.raw !== '’' && t.raw !== "'") || PHRASE_FOLLOWERS.has(t.low);
}

/** Units written in two words: "per megawatt hour", "a square foot". */
const TWO_WORD_UNITS: Record<string, string> = {
  'megawatt hour': 'MWh', 'kilowatt hour': 'kWh', 'gigawatt hour': 'GWh', 'square foot': 'sqft', 'square feet': 'sqft',
  'square metre': 'm2', 'square meter': 'm2', 'cubic metre': 'm3', 'cubic meter': 'm3',
};
/** "million British thermal units" (MMBtu), "British thermal units" (Btu), "million Btu" (MMBtu) from token k. */
function heatContentUnit(tk: Token[], k: number): PerUnit | null {
  const million = word(tk, k) === 'million' ? 1 : 0;
  const first = word(tk, k + million);
  if (first === 'british' && word(tk, k + million + 1) === 'thermal' && /^units?$/.test(word(tk, k + million + 2))) return { unit: million ? 'MMBtu' : 'Btu', next: k + million + 3 };
  if (million && /^btus?$/.test(first)) return { unit: 'MMBtu', next: k + 2 };
  return null;
}

/** A currency a price is quoted against: "108 yen per dollar", "$1.10 per euro". */
const PER_CURRENCY: Record<string, string> = { dollar: 'USD', euro: 'EUR', yuan: 'CNY', yen: 'JPY', rupee: 'INR', sterling: 'GBP' };
/** The country's name or initials before "dollar" that make it the US dollar: "per US dollar", "to the American dollar". */
const US_MARKS = new Set(['us', 'american']);

/** A currency named as the unit of a rate from token k ("dollar", "US dollar"), with the token after it. */
function currencyUnitAt(tk: Token[], k: number): PerUnit | null {
  const marked = US_MARKS.has(word(tk, k)) && PER_CURRENCY[word(tk, k + 1)] === 'USD';
  const code = marked ? 'USD' : PER_CURRENCY[word(tk, k)];
  return code ? { unit: code, next: marked ? k + 2 : k + 1 } : null;
}
/** Words after "per" that are not the thing priced: "per cent", "per se", "per the contract". */
const NOT_PER_NOUN = new Set([
  'cent', 'centum', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'and', 'for', 'with', 'from',
]);
const PER_LATIN: Record<string, string> = { capita: 'person', annum: 'year', diem: 'day' };
/** "a $10 monthly fee": a rate adjective before a word for a payment. */
const RATE_ADJECTIVES: Record<string, string> = { monthly: 'month', yearly: 'year', annual: 'year', weekly: 'week', daily: 'day', hourly: 'hour', nightly: 'night' };
const PAYMENT_NOUNS = new Set(['fee', 'fees', 'subscription', 'rent', 'salary', 'wage', 'payment', 'payments', 'charge', 'price', 'cost', 'premium', 'plan', 'membership', 'pass', 'rate', 'stipend', 'allowance', 'pension', 'tuition']);
/** Per-units that are spans of time: a rate, said among the reasons. */
export const TIME_UNITS = new Set(['month', 'year', 'week', 'day', 'hour', 'night', 'season', 'quarter']);
/** Words that make "a year" a point in time rather than a rate: "a year earlier". */
const TIME_POINTER = new Set(['earlier', 'later', 'ago', 'before', 'after']);
/** Grades and states written between "per" and a mining tonne: "per dry metric tonne". */
const TONNE_GRADES = new Set(['dry', 'wet', 'metric', 'short', 'long']);

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

export interface PerUnit {
  unit: string;
  /** Token after the unit; -1 when the unit was inherited and the mention does not extend over it. */
  next: number;
  /** Why a unit borrowed from a price in an earlier sentence applies, for the fact's reasons. */
  why?: string;
}

/** "per metric ton unit", "per dry metric tonne unit" (tungsten, 10 kg of WO3), "per mtu": not a tonne. */
function tonneUnitAt(tk: Token[], k: number): PerUnit | null {
  let j = k;
  while (TONNE_GRADES.has(word(tk, j)) && j < k + 3) j++;
  const w = word(tk, j);
  if ((w === 'ton' || w === 'tonne') && word(tk, j + 1) === 'unit') return { unit: 'mtu', next: j + 2 };
  if (w === 'mtu') return { unit: 'mtu', next: j + 1 };
  if (j > k && (w === 'ton' || w === 'tons' || w === 'tonne' || w === 'tonnes')) return { unit: 't', next: j + 1 };
  return null;
}

const ADVERB_FOLLOWERS = new Set(['and', 'or', 'for', 'in', 'on', 'to', 'from', 'until', 'by', 'per', 'each']);

function rateAdverbEnds(tk: Token[], k: number): boolean {
  const t = tk[k];
  return !t || t.gap >= 2 || t.kind === 'punct' || ADVERB_FOLLOWERS.has(t.low);
}

/** Containers farm and retail prices are quoted per, with the mass they hold written before them. */
const PACKS = new Set(['bag', 'sack', 'bale', 'crate', 'tin', 'carton', 'box', 'pack', 'packet', 'bottle', 'jar', 'cylinder', 'drum', 'basket']);

/**
 * "KSh 4,000 per 90kg bag", "Rs 2,500 per 100 kg": a price per a stated mass, or per a container of that
 * mass. The container is the unit when it is named; otherwise the mass with its figure ("100kg").
 */
function measuredPackAt(tk: Token[], k: number): PerUnit | null {
  const n = tk[k];
  if (!n || n.kind !== 'num' || n.gap !== 1 || !/^\d+$/.test(n.raw)) return null;
  const wu = weightUnitAt(tk, k + 1);
  if (!wu || wu.first !== k + 1) return null;
  let j = wu.next;
  if (tk[j]?.raw === '-' && tk[j]!.gap === 0) j++;
  const pack = word(tk, j);
  if (PACKS.has(pack)) return { unit: pack, next: j + 1 };
  return { unit: `${Number(n.raw) * wu.mult}${wu.unit === 'ton' ? 't' : wu.unit}`, next: wu.next };
}

/** The per-unit written right after a price, from token `j0`. */
export function perUnitAt(tk: Token[], j0: number): PerUnit | null {
  // "$10-a-month service": the rate written as one hyphenated word
  const hyphened = tk[j0]?.raw === '-' && tk[j0]!.gap === 0 && tk[j0 + 1]?.gap === 0;
  const j = hyphened ? j0 + 1 : j0;
  const t = tk[j];
  if (!t || t.gap >= 2) return null;
  // "$2.53 in per-share earnings"
  if (!hyphened && t.low === 'in' && word(tk, j + 1) === 'per' && tk[j + 2]?.raw === '-' && word(tk, j + 3) === 'share') return { unit: 'share', next: j };
  const rate = !hyphened && t.kind === 'word' ? RATE_ADJECTIVES[t.low] : undefined;
  if (rate && PAYMENT_NOUNS.has(word(tk, j + 1))) return { unit: rate, next: j + 1 };
  // "$120,000 annually", "$12 monthly.": the rate as an adverb after the figure, not an adjective of what follows
  if (t.low === 'annually' || (rate && rateAdverbEnds(tk, j + 1))) return { unit: rate ?? 'year', next: j + 1 };
  // "83.5 rupees to the dollar": an exchange rate's other currency
  const rateOf = !hyphened && t.low === 'to' && word(tk, j + 1) === 'the' ? currencyUnitAt(tk, j + 2) : null;
  if (rateOf) return rateOf;
  let k: number;
  if (t.raw === '/') k = j + 1;
  else if (t.kind === 'word' && (t.low === 'a' || t.low === 'an' || t.low === 'per' || t.low === 'each')) k = j + 1;
  else return null;
  if (hyphened && tk[k]?.raw === '-' && tk[k]!.gap === 0) k++;
  const tonne = tonneUnitAt(tk, k);
  if (tonne) return tonne;
  const wu = weightUnitAt(tk, k);
  // a troy ounce is the ounce precious metals are quoted in
  if (wu && wu.first === k) return { unit: wu.unit === 'ton' ? 't' : wu.unit === 'ozt' ? 'oz' : wu.mult === 1 ? wu.unit : `${wu.mult}${wu.unit}`, next: wu.next };
  const measured = t.low === 'per' || t.low === 'a' ? measuredPackAt(tk, k) : null;
  if (measured) return measured;
  // "HK$7.75 to HK$7.85 per US dollar"
  const other = US_MARKS.has(word(tk, k)) ? currencyUnitAt(tk, k) : null;
  if (other) return other;
  const w = word(tk, k);
  // "per megawatt hour", "per kilowatt-hour"
  const w2 = tk[k + 1]?.raw === '-' && tk[k + 1]!.gap === 0 ? word(tk, k + 2) : word(tk, k + 1);
  // "per million British thermal units", "a million Btu": gas priced by energy content, spelled out
  const heat = heatContentUnit(tk, k);
  if (heat) return heat;
  const two = TWO_WORD_UNITS[`${w} ${w2}`];
  if (two) return { unit: two, next: w2 === word(tk, k + 1) ? k + 2 : k + 3 };
  const p = PER_UNITS[w] ?? PER_UNITS[w.replace(/s$/, '')] ?? PER_CURRENCY[w] ?? PER_LATIN[w];
  // "A$114 million a year earlier" is an amount and a time, not a rate
  if (p && TIME_POINTER.has(word(tk, k + 1))) return null;
  if (p) return { unit: p, next: k + 1 };
  const counted = COUNTED_UNITS[w] ?? COUNTED_UNITS[w.replace(/e?s$/, '')];
  // "$5bn a quarter" is a rate, "a quarter of it" a part
  if (counted && tk[k]?.raw === w && !(counted === 'quarter' && word(tk, k + 1) === 'of')) {
    if (t.low === 'per' || t.low === 'each' || t.raw === '/' || (!TIME_POINTER.has(word(tk, k + 1)) && endsPhrase(tk, k + 1))) return { unit: counted, next: k + 1 };
  }
  // "N5,000 per bag", "$40 per user": after "per" (never "a", which also starts the next phrase) any noun is the unit
  if (t.low === 'per' && tk[k]?.kind === 'word' && tk[k]!.raw === w && /^[a-z]{3,}$/.test(w) && !NOT_PER_NOUN.has(w)) return { unit: w, next: k + 1 };
  return null;
}

/** A price already read, as far as borrowing its unit needs it. */
export interface PricedMention {
  value: number;
  perUnit: string | null;
  firstToken: number;
  nextToken: number;
}

const COMPARING = new Set(['from', 'than', 'versus', 'vs', 'against', 'with', 'above', 'below']);
const SENTENCE_END = new Set(['.', ';', '!', '?']);

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'co', 'corp', 'inc', 'ltd', 'no', 'vs', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

/**
 * Whether token `k` ends a sentence: not the point inside a number ("16.50") nor after an initial or a
 * short abbreviation ("U.S. Steel", "Corp. said").
 */
export function endsSentence(tk: Token[], k: number): boolean {
  const t = tk[k]!;
  if (!SENTENCE_END.has(t.raw)) return false;
  if (t.raw !== '.') return true;
  const before = tk[k - 1];
  const after = tk[k + 1];
  if (after && after.gap === 0) return false;
  if (before && before.kind === 'word' && t.gap === 0 && (before.raw.length === 1 || ABBREVIATIONS.has(before.low))) return false;
  return true;
}
/** How far the last price may stand from one that borrows its unit across a sentence end. */
const CARRY_REACH = 60;
/** Units of market prices, which a story keeps quoting in from one sentence to the next. */
const MARKET_UNITS = new Set(['share', 'bbl', 'oz', 't', 'lb', 'kg', 'bushel', 'mtu', 'gal', 'MMBtu']);

function sentenceEndsIn(tk: Token[], from: number, to: number): number {
  let ends = 0;
  for (let k = from; k < to; k++) {
    const t = tk[k]!;
    // a new paragraph is never the same sentence nor the one after
    if (t.gap >= 3) return Infinity;
    if (endsSentence(tk, k)) ends++;
  }
  return ends;
}

const near = (a: number, b: number, ratio: number) => a > 0 && b > 0 && a <= b * ratio && b <= a * ratio;

/**
 * The unit a price starting at token `first` borrows from the price before it:
 * - a conversion in brackets right after it ("HK$176 (£17.43) a share"), or the end of a change ("from $9,000 a
 *   year to $10,500");
 * - a price compared with it in the same sentence ("570,000 yuan a tonne, up from 400,000 yuan");
 * - a share or commodity price in the next sentence that only says the figure ("bid $16.50 a share. The
 *   seller wanted $20"): a price of the same order, nothing but words between.
 * Never an amount with a scale word borrowing from a small price, and never across a sentence for rates of
 * time or of a service (a $7-a-month plan or $50 a person says nothing of the next sentence's figures).
 */
/** Words after an amount that make it a difference from a price: "$6 below the last tender", "€12 over rival origins". */
const MOVE_ADVERBS = new Set(['up', 'down', 'off']);
const ROUGHLY = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'another', 'just']);
const DIFFERENCE_WORDS = new Set(['below', 'above', 'under', 'over', 'higher', 'lower', 'cheaper', 'dearer', 'less', 'more', 'premium', 'discount']);

/**
 * "offers of $230 a tonne, about $6 below the last purchase": an amount smaller than the price before it in
 * the same sentence, followed by a word of difference, is a difference in that price's unit.
 */
export function differencePerUnit(tk: Token[], prev: PricedMention | undefined, first: number, next: number, value: number, scaled: boolean): PerUnit | null {
  if (!prev || !prev.perUnit || scaled || prev.nextToken > first || first - prev.nextToken > CARRY_REACH) return null;
  if (!(value < prev.value) || sentenceEndsIn(tk, prev.nextToken, first) > 0) return null;
  const after = tk[next];
  const differs = !!after && after.gap < 2 && DIFFERENCE_WORDS.has(after.low);
  // "the levy, at 15 euros a tonne, was cut by 3 euros": a change of that price by the amount
  const changedBy = tk[first - 1]?.low === 'by' && isChangeWord(tk[first - 2]?.low ?? '');
  // "$235 a tonne, down $4 on the week", "up about $3": the move of that price, said with an adverb
  const lead = ROUGHLY.has(tk[first - 1]?.low ?? '') ? first - 2 : first - 1;
  const moved = MOVE_ADVERBS.has(tk[lead]?.low ?? '') && tk[lead]!.gap < 2;
  if (!differs && !changedBy && !moved) return null;
  return { unit: prev.perUnit, next: -1, why: `a difference from the ${prev.perUnit} price before it` };
}

export function borrowedPerUnit(tk: Token[], prev: PricedMention | undefined, first: number, value: number, scaled: boolean): PerUnit | null {
  if (!prev || !prev.perUnit || prev.nextToken > first) return null;
  const unit = prev.perUnit;
  if (tk[first - 1]?.raw === '(' && prev.nextToken === first - 1) return { unit, next: -1 };
  // "from $9,000 a year to $10,500": the second level of a change is in the unit of the first
  if (tk[first - 1]?.low === 'to' && prev.nextToken === first - 1 && tk[prev.firstToken - 1]?.low === 'from') return { unit, next: -1 };
  // a price further back than a long sentence compares with nothing here (and the scan stays bounded)
  if (first - prev.nextToken > CARRY_REACH) return null;
  const ends = sentenceEndsIn(tk, prev.nextToken, first);
  if (ends === 0 && near(value, prev.value, 10)) {
    for (let k = first - 1; k >= Math.max(prev.nextToken, first - 5); k--) if (COMPARING.has(tk[k]!.low)) return { unit, next: -1 };
  }
  if (ends <= 1 && !scaled && MARKET_UNITS.has(unit) && near(value, prev.value, 3)) {
    return { unit, next: -1, why: `unit of the price taken from the ${unit} price just before` };
  }
  return null;
}

/** Hedges between a gapped subject and its amount: "and B about SEK 350m". */
const ROUGHLY_BEFORE = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'just', 'over', 'under', 'up', 'to']);
const GAP_CONJUNCTIONS = new Set(['and', 'or', 'while', 'whereas', 'but']);

/**
 * "A would pay SEK 700m a season and B about SEK 350m": the second half of a coordination that leaves out
 * the verb names a new subject and an amount, which is paid per the same unit as the first. Only where the
 * conjunction follows the first price at once, a name stands between it and the amount, the currency is
 * the same and the two are of one order.
 */
export function gappedPerUnit(
  tk: Token[], prev: (PricedMention & { currency: string }) | undefined, first: number, value: number, currency: string,
): PerUnit | null {
  if (!prev || !prev.perUnit || prev.currency !== currency || prev.nextToken >= first) return null;
  let k = prev.nextToken;
  if (tk[k]?.raw === ',') k++;
  if (!GAP_CONJUNCTIONS.has(word(tk, k))) return null;
  k++;
  let named = 0;
  while (k < first && /^[A-Z]/.test(tk[k]!.raw) && tk[k]!.kind === 'word' && tk[k]!.gap < 2) { k++; named++; }
  while (k < first && ROUGHLY_BEFORE.has(word(tk, k))) k++;
  if (named === 0 || named > 4 || k !== first || !near(value, prev.value, 10)) return null;
  return { unit: prev.perUnit, next: -1, why: `the ${prev.perUnit} rate of the amount it is paired with` };
}

/** Verbs that say a rate is to change: "would rise to £13.60", "will go up to $21", "is set to climb to". */
const RAISE_VERBS = new Set(['rise', 'rises', 'rising', 'climb', 'climbs', 'increase', 'increases', 'fall', 'falls', 'drop', 'drops', 'go', 'goes', 'move', 'moves', 'reach', 'reaches', 'grow', 'grows']);
/** Things priced on their own that a rate says nothing of: "shares rose to $12" after "£9 an hour". */
const OWN_PRICED = new Set(['share', 'shares', 'stock', 'crude', 'oil', 'brent', 'gold', 'copper', 'target', 'dividend', 'fare', 'fares', 'revenue', 'sales', 'profit']);

/**
 * "pay, now £12.90 an hour, would rise to £13.60 in April": a rate of time or of a counted thing quoted in a
 * sentence goes on to the level the same sentence says it will change to. Only the same currency, a level
 * of the same order, and no other priced thing named in between.
 */
export function raisedRatePerUnit(tk: Token[], prev: (PricedMention & { currency: string }) | undefined, first: number, value: number, currency: string, scaled: boolean): PerUnit | null {
  if (!prev || !prev.perUnit || prev.currency !== currency || prev.nextToken > first || first - prev.nextToken > 20) return null;
  if (tk[first - 1]?.low !== 'to' || scaled || !near(value, prev.value, 2) || sentenceEndsIn(tk, prev.nextToken, first) > 0) return null;
  let k = first - 2;
  if (tk[k]?.low === 'up') k--;
  if (!RAISE_VERBS.has(tk[k]?.low ?? '')) return null;
  for (let j = prev.nextToken; j < first; j++) if (OWN_PRICED.has(tk[j]!.low)) return null;
  return { unit: prev.perUnit, next: -1, why: `the ${prev.perUnit} rate before it, said to change to this level` };
}

/**
 * The unit a noun names at token `j`, written alone: "bag", "litre", "tonne", "kWh". For "the price of a
 * 50-kg bag", where the noun stands after its measure rather than after "a".
 */
export function unitNounAt(tk: Token[], j: number): string | null {
  const w = word(tk, j);
  if (!w) return null;
  const wu = weightUnitAt(tk, j);
  if (wu && wu.first === j && wu.next === j + 1) return wu.unit === 'ton' ? 't' : wu.unit === 'ozt' ? 'oz' : wu.mult === 1 ? wu.unit : null;
  return PER_UNITS[w] ?? COUNTED_UNITS[w] ?? (PACKS.has(w) ? w : null);
}

/** Verbs a seller's price follows at once: "Rival Co charges 85p", "a refill costs $4". */
const CHARGE_VERBS = new Set(['charges', 'charge', 'charged', 'costs', 'cost', 'asks', 'bills']);

/**
 * "Drivers pay Voltra 79p per kWh at its fast chargers. Zapp charges 85p.": a small amount right after a verb
 * of charging takes the unit of a price of the same order and currency quoted in that sentence or the one
 * before. Never a rate of time (a plan's monthly fee says nothing of another's), and never a scaled sum.
 */
export function chargedPerUnit(
  tk: Token[], recent: readonly (PricedMention & { currency: string })[], first: number, value: number, currency: string, scaled: boolean,
): PerUnit | null {
  if (scaled || !CHARGE_VERBS.has(tk[first - 1]?.low ?? '') || tk[first - 1]!.gap >= 2) return null;
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i]!;
    if (m.nextToken > first || first - m.nextToken > CARRY_REACH || sentenceEndsIn(tk, m.nextToken, first) > 1) return null;
    if (m.perUnit && m.currency === currency && !TIME_UNITS.has(m.perUnit) && near(value, m.value, 3)) {
      return { unit: m.perUnit, next: -1, why: `a charge of the same order as the ${m.perUnit} price before it` };
    }
  }
  return null;
}
