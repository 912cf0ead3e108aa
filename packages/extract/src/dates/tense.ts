import type { Token } from '../text/tokenize.ts';
import type { Bias } from './types.ts';

/**
 * Words inside date expressions ("last", "next") are not cues: they already fix their own direction.
 *
 * Which way a sentence looks: reported news is mostly past ("said on Monday", "fell in September"),
 * announcements look ahead ("will resume on Thursday"). The cue nearest to the date wins.
 */

const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'ago', 'yesterday', 'earlier', 'previously', 'fell', 'rose', 'grew',
  'began', 'came', 'went', 'took', 'made', 'saw', 'gave', 'found', 'left', 'led', 'held', 'sold', 'bought', 'paid', 'won',
  'lost', 'sank', 'shrank', 'slid', 'spoke', 'wrote', 'met', 'became', 'brought', 'built', 'caught', 'chose', 'drew',
  'drove', 'ate', 'felt', 'fought', 'flew', 'forgot', 'froze', 'got', 'grew', 'hid', 'kept', 'knew', 'laid', 'meant',
  'ran', 'rang', 'sent', 'shot', 'showed', 'shut', 'sought', 'stood', 'struck', 'swore', 'taught', 'thought', 'threw',
  'understood', 'woke', 'wore', 'withdrew', 'overtook', 'undertook', 'arose', 'born', 'since',
]);

const FUTURE = new Set(['will', 'shall', "'ll", 'tomorrow', 'upcoming', 'coming', 'scheduled', 'plans', 'plan', 'planned', 'planning', 'expects', 'expected', 'due', 'going', 'forthcoming', 'later', 'hence', 'soon', 'intends', 'aims']);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'indeed', 'proceed', 'exceed', 'succeed', 'embed', 'limited', 'based', 'listed', 'related', 'expected', 'scheduled', 'planned', 'advanced', 'detailed', 'united', 'red', 'hundred', 'breed', 'greed', 'weed', 'deed', 'reed', 'steed', 'creed', 'tied', 'bound']);

export type Tense = 'past' | 'future';

export function cueOf(tk: Token[], j: number): Tense | null {
  const t = tk[j]!;
  if (t.kind !== 'word') return null;
  const w = t.low;
  if (w === 'll' && tk[j - 1]?.raw === "'") return 'future';
  if (FUTURE.has(w)) {
    // "going to", "due to", "expected to", "set to": only before "to"
    if ((w === 'going' || w === 'due' || w === 'expected' || w === 'plans' || w === 'plan' || w === 'planned' || w === 'planning' || w === 'intends' || w === 'aims') && tk[j + 1]?.low !== 'to') return null;
    // "was expected to", "once planned to", "were going to": a plan as it stood before; whether its date has
    // come yet the words do not say, so they are no cue either way
    const before = tk[j - 1]?.low;
    if (w !== 'will' && w !== 'shall' && (before === 'was' || before === 'were' || before === 'once')) return null;
    return 'future';
  }
  if (w === 'set' && tk[j + 1]?.low === 'to' && tk[j - 1] && ['is', 'are', 'was', 'were'].includes(tk[j - 1]!.low)) return 'future';
  if (PAST.has(w)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST.has(w)) {
    // "the restrictions imposed" / "had imposed" / "fell": past; "is expected" was handled above
    const prev = tk[j - 1];
    if (prev && (prev.low === 'is' || prev.low === 'are' || prev.low === 'be' || prev.low === 'being')) return null;
    return 'past';
  }
  return null;
}

/** Bias for every token: the nearest tense cue within the sentence, else the default. */
export function biasPerToken(tk: Token[], sentenceOf: Int32Array, fallback: Bias): Bias[] {
  const out: Bias[] = new Array(tk.length).fill(fallback);
  let s = 0;
  while (s < tk.length) {
    let e = s;
    while (e < tk.length && sentenceOf[e] === sentenceOf[s]) e++;
    const cues: Array<[number, Tense]> = [];
    for (let j = s; j < e; j++) {
      const c = cueOf(tk, j);
      if (c) cues.push([j, c]);
    }
    if (cues.length > 0) {
      let ci = 0;
      for (let j = s; j < e; j++) {
        while (ci + 1 < cues.length && Math.abs(cues[ci + 1]![0] - j) <= Math.abs(cues[ci]![0] - j)) ci++;
        out[j] = cues[ci]![1];
      }
    }
    s = e;
  }
  return out;
}

/** Irregular past forms the tense cues leave out (they are read only around dates, so a rare noun reading costs little). */
const IRREGULAR_PAST = new Set(['spent', 'broke', 'beat', 'fled', 'hung', 'lit', 'rode', 'sang', 'sat', 'slept', 'spun', 'stole', 'stuck',
  'swam', 'swept', 'tore', 'wept', 'lent', 'bent', 'dealt', 'fed', 'knelt', 'shook', 'struck', 'swung', 'unveiled', 'dropped', 'closed', 'opened']);

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one']);

/**
 * The tense cue of one token: "says" reports what was said, like "said"; a cue word after a determiner
 * is a noun ("give it a shot", "the lead"); "come" before a date looks ahead ("come January").
 */
function cueAt(tk: Token[], k: number): Tense | null {
  const w = tk[k]!.low;
  if (w === 'says' || w === 'say') return 'past';
  if (w === 'come' && (k === 0 || tk[k]!.raw[0] === 'C')) return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  const c = cueOf(tk, k);
  if (c === 'past' && DETERMINERS.has(tk[k - 1]?.low ?? '')) return null;
  return c;
}

/** The tense cue nearest to a token within its sentence. */
export function sentenceTense(tk: Token[], sentenceOf: Int32Array, at: number): Tense | null {
  const s = sentenceOf[at];
  let best: Tense | null = null;
  let dist = Infinity;
  for (let k = at - 1; k >= 0 && sentenceOf[k] === s && at - k < 60; k--) {
    const c = cueAt(tk, k);
    if (c && at - k < dist) {
      best = c;
      dist = at - k;
      break;
    }
  }
  for (let k = at + 1; k < tk.length && sentenceOf[k] === s && k - at < 60; k++) {
    const c = cueAt(tk, k);
    if (c) {
      if (k - at < dist) best = c;
      break;
    }
  }
  return best;
}
