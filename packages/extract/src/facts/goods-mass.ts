import type { Token } from '../text/tokenize.ts';
import type { WeightMention } from '../quantities/weights.ts';
import type { ArticleCtx } from './context.ts';

/**
 * A tonnage fact is a mass of goods. General news weighs many other things: people ("weighs 250
 * pounds", "lost 40 pounds"), animals and vehicles ("a 300-pound bear", "a 40-ton excavator"), loads a
 * machine can lift. Such a mass is not a fact for researchers of trade; a mass with no goods named and
 * no trade word in its sentence is kept only with the doubt said.
 */

export interface GoodsVerdict {
  /** false: the mass weighs a thing, a person or an animal, and is not reported. */
  keep: boolean;
  /** Why it is doubtful when kept (no goods named), or why it was left out. */
  reason: string | null;
}

/** Nouns after "N-tonne" that are quantities of goods, not objects that weigh that much. */
const LOAD_NOUNS = new Set([
  'shipment', 'shipments', 'cargo', 'cargoes', 'load', 'loads', 'consignment', 'consignments', 'batch', 'order', 'orders',
  'delivery', 'deliveries', 'haul', 'seizure', 'seizures', 'stockpile', 'quota', 'quotas', 'capacity', 'contract', 'deal',
  'tender', 'purchase', 'purchases', 'sale', 'sales', 'export', 'exports', 'import', 'imports', 'lot', 'lots', 'parcel',
  'per', 'a', 'year', 'annual', 'annually', 'output', 'production', 'plant', 'mine', 'smelter', 'refinery', 'facility',
]);
/** Nouns of a change after "N-tonne": "a 5,000-tonne rise in stocks" is a quantity of goods that moved. */
const CHANGE_NOUNS = new Set([
  'rise', 'increase', 'jump', 'gain', 'surge', 'climb', 'build', 'build-up', 'buildup', 'addition', 'inflow', 'fall', 'drop',
  'decline', 'decrease', 'draw', 'drawdown', 'outflow', 'reduction', 'cut', 'shortfall', 'surplus', 'deficit', 'swing',
]);
/** Vehicles and machines rated by their own weight or load ("a 40-tonne excavator", "a 180,000-tonne ship"). */
const MACHINES = new Set([
  'truck', 'trucks', 'lorry', 'lorries', 'vehicle', 'vehicles', 'excavator', 'excavators', 'crane', 'cranes', 'ship', 'ships',
  'vessel', 'vessels', 'carrier', 'carriers', 'tanker', 'tankers', 'barge', 'barges', 'locomotive', 'locomotives', 'wagon', 'wagons',
  'press', 'presses', 'machine', 'machines', 'bulldozer', 'bulldozers', 'loader', 'loaders', 'tank', 'tanks',
]);
/** Words of a body's weight changing. */
const BODY_CHANGE = new Set(['lost', 'lose', 'losing', 'loses', 'gained', 'gain', 'gaining', 'gains', 'shed', 'sheds', 'shedding', 'dropped', 'drop', 'put']);
/** Words in a sentence that make a bare mass a traded, produced or moved quantity. */
const TRADE_WORDS = new Set([
  'export', 'exports', 'exported', 'import', 'imports', 'imported', 'output', 'production', 'produced', 'produce', 'produces',
  'shipment', 'shipments', 'shipped', 'ships', 'sales', 'sold', 'sell', 'harvest', 'harvested', 'crop', 'crops', 'supply',
  'supplies', 'demand', 'consumption', 'consumed', 'stocks', 'stockpile', 'stockpiles', 'inventories', 'inventory', 'capacity',
  'quota', 'quotas', 'purchases', 'purchased', 'bought', 'buy', 'deliveries', 'delivered', 'cargo', 'handled', 'throughput',
  'volume', 'volumes', 'seized', 'seizure', 'seizures', 'confiscated', 'smuggled', 'mined', 'smelted', 'refined', 'processed',
  'emissions', 'emitted', 'waste', 'recycled', 'collected', 'dumped', 'traded', 'tonnage', 'market', 'prices', 'price', 'yield',
  'reserves', 'trade', 'mills', 'mill', 'port', 'ports', 'tender', 'tenders',
]);
const WEIGHING = /^weigh|^weight/;

function low(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' ? t.low : '';
}

/** The unit is written "N-ton" before a noun: "a 300-pound bear", "the 10,000-tonne shipment". */
function attributiveNoun(tk: Token[], m: WeightMention): string | null {
  const unitTok = m.nextToken - 1;
  const dash = tk[unitTok - 1];
  if (!dash || dash.raw !== '-' || dash.gap !== 0 || tk[unitTok]!.gap !== 0) return null;
  const after = tk[m.nextToken];
  if (!after || after.gap !== 1 || after.kind !== 'word') return null;
  // the head noun may come after a material or a kind ("a 200,000-tonne aluminium smelter"); a vehicle
  // or machine among them is what weighs that much ("a 35-tonne haul truck", "a 100,000-tonne cargo ship")
  let load: string | null = null;
  for (let k = m.nextToken; k < m.nextToken + 3; k++) {
    const t = tk[k];
    if (!t || t.gap !== 1 || t.kind !== 'word') break;
    if (MACHINES.has(t.low)) return t.low;
    if (load === null && LOAD_NOUNS.has(t.low)) load = t.low;
  }
  return load ?? after.low;
}

/** "-tonne-a-year", "-tonne-per-day": a rate, so a capacity or a flow of goods, never the weight of a thing. */
function hyphenedRate(tk: Token[], m: WeightMention): boolean {
  const last = tk[m.nextToken - 1];
  return !!last && last.gap === 0 && tk[m.nextToken - 2]?.raw === '-' && ['year', 'annum', 'day', 'month', 'week', 'hour'].includes(last.low);
}

/** "of" and a noun after the unit: "80,000 tonnes of coal" names the goods. */
function namesGoods(tk: Token[], m: WeightMention): boolean {
  return low(tk, m.nextToken) === 'of' && tk[m.nextToken + 1]?.kind === 'word';
}

/** What follows "of" when the tonnes measure no goods: a force, an explosive yield, a load rating. */
const NOT_GOODS = new Set(['thrust', 'force', 'pressure', 'lift', 'energy', 'tnt', 'explosive', 'explosives', 'fun', 'weight']);
/** Words of an explosion's yield: kilotons and megatons there are energy, not mass. */
const YIELD_WORDS = new Set(['bomb', 'bombs', 'nuclear', 'warhead', 'warheads', 'blast', 'explosion', 'yield', 'detonated', 'detonation', 'tnt', 'atomic']);
/** "kt" is also the knot: a bare "65 kt" names goods only where the sentence trades. */
const AMBIGUOUS_ABBREVIATIONS = new Set(['kt', 'kts']);

/**
 * An article that writes "kt" of named goods or in a trade sentence uses it for kilotonnes throughout: its
 * bare "kt" elsewhere is a tonnage too, as an abbreviation is read the way its article uses it.
 */
export function ktMeansTonnes(a: ArticleCtx, weights: readonly WeightMention[]): boolean {
  return weights.some((m) => AMBIGUOUS_ABBREVIATIONS.has(m.unitText.toLowerCase()) && (namesGoods(a.tk, m) || sentenceHas(a, m, TRADE_WORDS)));
}

/** How far either side of a mass its sentence is read for cues (a sentence of thousands of figures costs no more). */
const REACH = 40;

function sentenceHas(a: ArticleCtx, m: WeightMention, words: Set<string>): boolean {
  const s = a.sentenceOf[m.firstToken];
  for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - REACH && a.sentenceOf[k] === s; k--) if (words.has(low(a.tk, k))) return true;
  for (let k = m.nextToken; k < a.tk.length && k < m.nextToken + REACH && a.sentenceOf[k] === s; k++) if (words.has(low(a.tk, k))) return true;
  return false;
}

export function goodsVerdict(a: ArticleCtx, m: WeightMention, ktIsTonnes = false): GoodsVerdict {
  const tk = a.tk;
  const ofWhat = low(tk, m.nextToken) === 'of' ? low(tk, m.nextToken + 1) : '';
  if (NOT_GOODS.has(ofWhat)) return { keep: false, reason: `tonnes of ${ofWhat}, not of goods` };
  if (/^(?:kilo|mega)tons?$/i.test(m.unitText) && sentenceHas(a, m, YIELD_WORDS)) return { keep: false, reason: "an explosion's yield, not a mass of goods" };
  const noun = attributiveNoun(tk, m);
  if (noun !== null && !LOAD_NOUNS.has(noun) && !CHANGE_NOUNS.has(noun) && !hyphenedRate(tk, m)) return { keep: false, reason: `the weight of a '${noun}', not a quantity of goods` };
  const goods = namesGoods(tk, m);
  if (!goods) {
    for (let k = m.firstToken - 1; k >= 0 && k >= m.firstToken - 4; k--) {
      const w = low(tk, k);
      if (WEIGHING.test(w)) return { keep: false, reason: 'the weight of a thing, not a quantity of goods' };
      if (BODY_CHANGE.has(w) && (m.unit === 'lb' || m.unit === 'kg')) return { keep: false, reason: "a change of someone's weight" };
    }
  }
  const trade = sentenceHas(a, m, TRADE_WORDS);
  if (goods || trade) return { keep: true, reason: null };
  if (AMBIGUOUS_ABBREVIATIONS.has(m.unitText.toLowerCase()) && !ktIsTonnes) return { keep: false, reason: "'kt' with no goods named reads as knots as often as kilotonnes" };
  // a few pounds or kilograms with no goods named: a person's, an animal's or a parcel's weight
  if ((m.unit === 'lb' || m.unit === 'kg') && m.kg < 1000) return { keep: false, reason: 'a small mass with no goods named' };
  return { keep: true, reason: 'no goods named and no trade word in the sentence' };
}

/** What a few grams are of when they are food or a dose, not goods: nutrients on a label. */
const NUTRIENTS = new Set(['protein', 'fat', 'fats', 'sugar', 'sugars', 'carbohydrate', 'carbohydrates', 'carbs', 'fiber', 'fibre',
  'sodium', 'salt', 'caffeine', 'saturated', 'alcohol', 'cholesterol']);

/**
 * Grams and ounces make a tonnage only as an amount of named goods: "30 grams of heroin" seized, "1.2
 * million ounces of gold" mined. Troy ounces weigh precious metals by definition. Nutrients on a label and
 * bare weights ("a 12-ounce steak") are no goods.
 */
export function fineUnitOfGoods(tk: Token[], m: WeightMention): 'g' | 'oz' | 'ozt' | null {
  if (m.unit === 'ozt') return 'ozt';
  if (m.unit !== 'g' && m.unit !== 'oz') return null;
  if (low(tk, m.nextToken) !== 'of' || tk[m.nextToken + 1]?.kind !== 'word') return null;
  const what = low(tk, m.nextToken + 1) === 'a' || low(tk, m.nextToken + 1) === 'an' ? low(tk, m.nextToken + 2) : low(tk, m.nextToken + 1);
  if (what === '' || NUTRIENTS.has(what) || NOT_GOODS.has(what)) return null;
  // precious metals are weighed in troy ounces even where the word "troy" is left out
  return m.unit === 'oz' && PRECIOUS.has(what) ? 'ozt' : m.unit;
}

const PRECIOUS = new Set(['gold', 'silver', 'platinum', 'palladium', 'rhodium', 'bullion', 'iridium', 'ruthenium']);
