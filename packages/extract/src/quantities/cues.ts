import type { Token } from '../text/tokenize.ts';

/**
 * Words around a figure that qualify it: hedges before it ("nearly 30%"), the direction of a change
 * ("fell 28.7%", "a 158% rise", "30% lower"), and whether a percentage is a share ("90% of the market").
 */

/** Strict bounds ("more than" -> above, "less than" -> below) are kept apart from inclusive ones ("at least"). */
export type Qualifier = 'approx' | 'approx_below' | 'above' | 'below' | 'at_least' | 'at_most' | 'estimated' | 'exactly';

/** Hedge phrases, longest first, as lower-case word sequences ending right before the number. */
const HEDGES: Array<[string[], Qualifier]> = [
  [['just', 'under'], 'approx_below'], [['just', 'below'], 'approx_below'], [['just', 'shy', 'of'], 'approx_below'],
  [['close', 'to'], 'approx_below'], [['nearly'], 'approx_below'], [['almost'], 'approx_below'],
  [['approaching'], 'approx_below'], [['not', 'quite'], 'approx_below'],
  [['just', 'over'], 'above'], [['just', 'above'], 'above'], [['slightly', 'more', 'than'], 'above'],
  [['more', 'than'], 'above'], [['over'], 'above'], [['above'], 'above'], [['upwards', 'of'], 'above'],
  [['in', 'excess', 'of'], 'above'], [['exceeding'], 'above'], [['greater', 'than'], 'above'], [['north', 'of'], 'above'],
  [['at', 'least'], 'at_least'], [['no', 'less', 'than'], 'at_least'], [['no', 'fewer', 'than'], 'at_least'], [['a', 'minimum', 'of'], 'at_least'],
  [['less', 'than'], 'below'], [['fewer', 'than'], 'below'], [['under'], 'below'], [['below'], 'below'],
  [['at', 'most'], 'at_most'], [['up', 'to'], 'at_most'], [['no', 'more', 'than'], 'at_most'], [['as', 'much', 'as'], 'at_most'],
  [['as', 'many', 'as'], 'at_most'], [['a', 'maximum', 'of'], 'at_most'],
  [['an', 'estimated'], 'estimated'], [['estimated'], 'estimated'], [['a', 'projected'], 'estimated'],
  [['about'], 'approx'], [['around'], 'approx'], [['roughly'], 'approx'], [['approximately'], 'approx'],
  [['some'], 'approx'], [['circa'], 'approx'], [['an', 'approximate'], 'approx'], [['nearly', 'about'], 'approx'],
  [['exactly'], 'exactly'], [['precisely'], 'exactly'],
];

/** Bounds written after the figure: "50 tonnes or more", "10% or less", "5,000 tonnes or so". */
export function hedgeAfter(tk: Token[], j: number): { qualifier: Qualifier; next: number } | null {
  const a = tk[j];
  const b = tk[j + 1];
  if (!a || !b || a.gap >= 2 || b.gap >= 2 || a.kind !== 'word' || b.kind !== 'word') return null;
  if (a.low === 'or' && (b.low === 'more' || b.low === 'higher' || b.low === 'above')) return { qualifier: 'at_least', next: j + 2 };
  if (a.low === 'or' && (b.low === 'less' || b.low === 'fewer' || b.low === 'lower' || b.low === 'below')) return { qualifier: 'at_most', next: j + 2 };
  if (a.low === 'or' && b.low === 'so') return { qualifier: 'approx', next: j + 2 };
  if (a.low === 'and' && (b.low === 'above' || b.low === 'up')) return { qualifier: 'at_least', next: j + 2 };
  return null;
}

export interface HedgeMatch {
  qualifier: Qualifier;
  /** Token index where the hedge starts. */
  first: number;
}

function sameBlockWord(tk: Token[], j: number, w: string): boolean {
  const t = tk[j];
  return t !== undefined && t.kind === 'word' && t.low === w;
}

/** A hedge ending right before token `i` (the first token of the figure). */
export function hedgeBefore(tk: Token[], i: number): HedgeMatch | null {
  if (tk[i]?.gap === 3) return null;
  const prev = tk[i - 1];
  if (prev && prev.raw === '~' ) return { qualifier: 'approx', first: i - 1 };
  for (const [words, qualifier] of HEDGES) {
    const first = i - words.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (!sameBlockWord(tk, first + k, words[k]!) || (k > 0 && tk[first + k]!.gap >= 2)) {
        ok = false;
        break;
      }
    }
    if (ok && tk[i]!.gap < 2) {
      // "by over 5%" is a hedge; "over 5 years" is handled by the caller (units decide)
      return { qualifier, first };
    }
  }
  return null;
}

const UP_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows',
  'grown', 'growing', 'gained', 'gain', 'gains', 'jumped', 'jump', 'jumps', 'surged', 'surge', 'surges', 'soared', 'soar',
  'soars', 'climbed', 'climb', 'climbs', 'advanced', 'rebounded', 'rebound', 'expanded', 'expand', 'added', 'boosted',
  'raised', 'raise', 'raises', 'up', 'spiked', 'leapt', 'leaped', 'doubled', 'tripled', 'accelerated', 'higher', 'hiked',
  'lifted', 'lifts', 'recovered', 'firmed',
]);
const DOWN_VERBS = new Set([
  'fell', 'fall', 'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines',
  'declining', 'decreased', 'decrease', 'decreases', 'slumped', 'slump', 'slumps', 'slid', 'slide', 'slides', 'slipped',
  'slip', 'slips', 'plunged', 'plunge', 'plunges', 'plummeted', 'plummet', 'tumbled', 'tumble', 'sank', 'sink', 'sunk',
  'shrank', 'shrink', 'shrunk', 'contracted', 'contract', 'lost', 'lose', 'loses', 'cut', 'cuts', 'reduced', 'reduce',
  'slashed', 'slash', 'down', 'lower', 'eased', 'ease', 'dipped', 'dip', 'retreated', 'weakened', 'halved', 'crashed',
  'collapsed', 'trimmed', 'trim', 'trims', 'lowered', 'lowers', 'reduces', 'slashes', 'shed', 'sheds', 'off',
]);
/** A verb of change ("rose", "fell", "cut"), or "up"/"down": "rose 40 t to 250 t" is a change and a level. */
export function isChangeWord(w: string): boolean {
  return UP_VERBS.has(w) || DOWN_VERBS.has(w);
}
const UP_NOUNS = new Set(['rise', 'increase', 'jump', 'gain', 'surge', 'growth', 'rebound', 'hike', 'climb', 'uptick', 'spike', 'expansion', 'higher', 'more', 'up']);
const DOWN_NOUNS = new Set(['fall', 'drop', 'decline', 'decrease', 'slump', 'plunge', 'cut', 'reduction', 'contraction', 'slide', 'dip', 'loss', 'lower', 'less', 'down', 'fewer', 'downturn']);
/** Words that may sit between a change verb and its figure: "fell by about 5%", "rose 12 per cent". */
const BRIDGE = new Set(['by', 'a', 'an', 'some', 'another', 'further', 'just', 'only', 'nearly', 'almost', 'about', 'around',
  'roughly', 'more', 'than', 'over', 'approximately', 'close', 'to', 'sharply', 'steeply', 'year-on-year', 'as', 'much',
  'estimated', 'up', 'of', 'sales', 'exports', 'imports', 'output', 'shipments', 'revenue', 'production', 'prices', 'volumes']);

export type Direction = 'up' | 'down';

/** Direction from the words just before the figure (start token) or just after it (end token). */
export function directionAround(tk: Token[], first: number, next: number): Direction | null {
  // after: "30% lower", "a 158% rise", "5% down on the year"
  const a = tk[next];
  if (a && a.kind === 'word' && a.gap === 1) {
    const prevWord = tk[first - 1];
    const isNoun = prevWord && (prevWord.low === 'a' || prevWord.low === 'an' || prevWord.low === 'the' || prevWord.low === 'its');
    if (UP_NOUNS.has(a.low) && (isNoun || a.low === 'higher' || a.low === 'more' || a.low === 'up')) return 'up';
    if (DOWN_NOUNS.has(a.low) && (isNoun || a.low === 'lower' || a.low === 'less' || a.low === 'fewer' || a.low === 'down')) return 'down';
  }
  // before: walk back over bridge words, never across a clause break; after "by" the object of the
  // verb may sit in between ("slashed magnet exports by 75%")
  let sawBy = false;
  let content = 0;
  for (let k = first - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
    const t = tk[k]!;
    if (tk[k + 1]!.gap >= 2) break;
    if (t.kind === 'punct') {
      if (t.raw === '-' || t.raw === '~') continue;
      break;
    }
    // a year or figure inside the object ("cut its 2027 forecast by 5%") counts as one of its words
    if (t.kind === 'num' && sawBy && ++content <= 3) continue;
    if (t.kind !== 'word') break;
    if (UP_VERBS.has(t.low)) return 'up';
    if (DOWN_VERBS.has(t.low)) return 'down';
    if (t.low === 'by') sawBy = true;
    else if (!BRIDGE.has(t.low)) {
      if (!sawBy || ++content > 3) break;
    }
  }
  return null;
}
