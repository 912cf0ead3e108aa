import type { Token } from '../text/tokenize.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import type { Bias } from './types.ts';
import { unmarkedPast } from './unmarked-past.ts';

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

/** Words after which a participle describes a state ("is closed", "will be held", "stay shut"), not a past event. */
const PASSIVE_LEADS = new Set(['is', 'are', 'be', 'being', 'remain', 'remains', 'stay', 'stays']);

/** Past forms that are also participles of a passive ("will be held", "is sold"). */
const IRREGULAR_PARTICIPLES = new Set(['held', 'sold', 'bought', 'paid', 'made', 'built', 'found', 'led', 'sent', 'kept', 'brought', 'taught',
  'caught', 'shut', 'laid', 'met', 'won', 'lost', 'left', 'told', 'said', 'sought', 'spent', 'struck', 'shot', 'born']);

/** Past forms spelled like the bare verb, and the words a bare verb follows. */
const SAME_AS_BARE = new Set(['shut', 'put', 'cut', 'hit', 'set', 'let', 'cost', 'spread', 'read', 'beat', 'quit', 'split', 'shed', 'bet', 'cast', 'hurt']);
const BARE_AFTER = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'not']);

const FUTURE = new Set(['will', 'shall', "'ll", 'tomorrow', 'upcoming', 'coming', 'scheduled', 'plans', 'plan', 'planned', 'planning', 'expects', 'expected', 'due', 'going', 'forthcoming', 'later', 'hence', 'soon', 'intends', 'intend', 'intending', 'aims', 'aim', 'aiming', 'hopes', 'hoping']);

/** Verbs of intent that look ahead only before "to" ("aims to sign"); "plans" also before what is planned ("plans a town hall"). */
const BEFORE_TO = new Set(['going', 'due', 'expected', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'intending', 'aims', 'aim', 'aiming', 'hopes', 'hoping']);
const PLANNED_THING = new Set(['a', 'an', 'another', 'its', 'their', 'his', 'her', 'two', 'three', 'several', 'further', 'more']);
const PLANNING = new Set(['plans', 'planning']);

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'indeed', 'proceed', 'exceed', 'succeed', 'embed', 'limited', 'based', 'listed', 'related', 'expected', 'scheduled', 'planned', 'advanced', 'detailed', 'united', 'red', 'hundred', 'breed', 'greed', 'weed', 'deed', 'reed', 'steed', 'creed', 'tied', 'bound']);

export type Tense = 'past' | 'future';

/** Nouns of a forward contract after its month or months ("March delivery", "April-May shipment"), and how far back they reach. */
const CONTRACT_NOUNS = new Set(['delivery', 'loading', 'arrival', 'shipment', 'futures', 'contract', 'expiry']);
const CONTRACT_REACH = 4;
/** How many tokens after "due" its date may start. */
const DUE_REACH = 3;
/** Words that may lead the date after "due". */
const DUE_DATE_LEADS = new Set(['in', 'on', 'by', 'between', 'from', 'at', 'before', 'within', 'around', 'early', 'late', 'mid', 'next', 'this']);

/** Words before "expected" that make it a past expectation or a comparison. */
const EXPECTED_BLOCKERS = new Set(['was', 'were', 'had', 'than', 'as', 'been']);

/** Participles of a deadline or an opening: "a tender closing on May 3", "a window opening in June". */
const DEADLINE_PARTICIPLES = new Set(['closing', 'expiring', 'opening']);

export function cueOf(tk: Token[], j: number): Tense | null {
  const t = tk[j]!;
  if (t.kind !== 'word') return null;
  const w = t.low;
  if (w === 'll' && tk[j - 1]?.raw === "'") return 'future';
  if (FUTURE.has(w)) {
    // "going to", "due to", "expected to", "set to": only before "to"
    // "the board plans a town hall", "is planning another vote": the thing planned is still to come
    const planned = PLANNING.has(w) && PLANNED_THING.has(tk[j + 1]?.low ?? '') && !DETERMINERS.has(tk[j - 1]?.low ?? '');
    if (BEFORE_TO.has(w) && tk[j + 1]?.low !== 'to' && !planned) return null;
    // "was expected to", "once planned to", "were going to": a plan as it stood before; whether its date has
    // come yet the words do not say, so they are no cue either way
    const before = tk[j - 1]?.low;
    if (w !== 'will' && w !== 'shall' && (before === 'was' || before === 'were' || before === 'once')) return null;
    return 'future';
  }
  // "is set to", "is now set to", "are also set to"
  const be = tk[j - 1] && (tk[j - 1]!.low === 'now' || tk[j - 1]!.low === 'also' || tk[j - 1]!.low === 'still') ? tk[j - 2] : tk[j - 1];
  if (w === 'set' && tk[j + 1]?.low === 'to' && be && ['is', 'are', 'was', 'were'].includes(be.low)) return 'future';
  // "will be held", "is sold", "remain shut": a participle after a present or bare "be" is passive, not past
  const passive = PASSIVE_LEADS.has(tk[j - 1]?.low ?? '');
  if (PAST.has(w) && passive && IRREGULAR_PARTICIPLES.has(w)) return null;
  // "will shut", "to cut": after a modal or "to" the same form is the bare verb
  if (PAST.has(w) && BARE_AFTER.has(tk[j - 1]?.low ?? '') && SAME_AS_BARE.has(w)) return null;
  if (PAST.has(w) || unmarkedPast(tk, j)) return 'past';
  if (w.length >= 5 && w.endsWith('ed') && !NOT_PAST.has(w)) {
    // "the restrictions imposed" / "had imposed" / "fell": past; "is expected" was handled above
    const prev = tk[j - 1];
    if (prev && PASSIVE_LEADS.has(prev.low)) return null;
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
      // "the revised plan", "a delayed project": a participle after a determiner describes a noun and dates nothing
      if (c === 'past' && DETERMINERS.has(tk[j - 1]?.low ?? '')) continue;
      if (c) cues.push([j, c]);
    }
    if (cues.length > 0) {
      let ci = 0;
      for (let j = s; j < e; j++) {
        while (ci + 1 < cues.length && Math.abs(cues[ci + 1]![0] - j) <= Math.abs(cues[ci]![0] - j)) ci++;
        out[j] = cues[ci]![1];
      }
    }
    // "due between May and July": "due" looks ahead only for the date it governs, right after it;
    // "for December-January shipment": months of a forward contract are still to come
    for (let j = s; j < e; j++) {
      if (tk[j]!.low === 'due' && DUE_DATE_LEADS.has(tk[j + 1]?.low ?? '')) {
        for (let k = j + 1; k < e && k <= j + DUE_REACH; k++) out[k] = 'future';
      } else if (FORECASTING.has(tk[j]!.low) && !NOUN_LEADS.has(tk[j - 1]?.low ?? '')) {
        // "forecast revenue for the fourth quarter": the period forecast for lies ahead
        for (let f = j + 1; f < e && f <= j + FORECAST_REACH; f++) {
          if (tk[f]!.low !== 'for') continue;
          for (let k = f + 1; k < e && k <= f + DUE_REACH; k++) out[k] = 'future';
          break;
        }
      } else if (CONTRACT_NOUNS.has(tk[j]!.low) && j > s && MONTHS[tk[j - 1]!.low] !== undefined) {
        for (let k = j - 1; k >= s && k >= j - CONTRACT_REACH; k--) out[k] = 'future';
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
  if (IRREGULAR_PAST.has(w)) return PASSIVE_LEADS.has(tk[k - 1]?.low ?? '') ? null : 'past';
  const c = cueOf(tk, k);
  if (c === 'past' && DETERMINERS.has(tk[k - 1]?.low ?? '')) return null;
  return c;
}

/**
 * Present-tense verbs of timetables: "the session starts in January", "the company reports earnings
 * Wednesday", "the exhibition runs until March". Said of a dated event they announce it.
 */
const SCHEDULING = new Set(['starts', 'begins', 'opens', 'ends', 'closes', 'runs', 'resumes', 'launches', 'kicks', 'expires', 'reports',
  'releases', 'holds', 'hosts', 'convenes', 'reconvenes', 'votes', 'testifies', 'debuts', 'premieres', 'airs', 'arrives', 'departs',
  'concludes', 'wraps', 'returns', 'heads', 'faces', 'plays', 'meets', 'visits', 'travels', 'takes']);

/** What a company reports or releases on a timetable. */
const RESULTS = new Set(['earnings', 'results', 'its', 'their', 'quarterly', 'annual', 'figures', 'first', 'second', 'third', 'fourth', 'full']);

/** Words after which a verb-like word is a noun ("the meets", "its returns"). */
const NOUN_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'these', 'those', 'annual', 'weekly', 'first', 'last', 'next']);

/** Negation before "yet" or a participle: "has not yet qualified", "haven't yet" look ahead, not back. */
function negated(tk: Token[], k: number): boolean {
  const p = tk[k - 1];
  if (!p) return false;
  return p.low === 'not' || p.low === 'never' || (p.low === 't' && tk[k - 2]?.raw === "'") || p.low === 'yet';
}

/** Words that follow a past verb; a participle before any other lower-case word describes it ("widely respected coach"). */
const AFTER_VERB = new Set(['the', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'that', 'it', 'him', 'her', 'them', 'his',
  'its', 'their', 'up', 'out', 'off', 'down', 'over', 'back', 'into', 'about', 'as', 'and', 'or', 'but', 'this', 'these', 'those', 'some',
  'more', 'than', 'after', 'before', 'during', 'since', 'until', 'earlier', 'later', 'last', 'again', 'also', 'not', 'all', 'any', 'no']);

/** "an internationally respected trainer": an -ly adverb, a participle and a noun describe; they report nothing. */
function adjectival(tk: Token[], k: number): boolean {
  const before = tk[k - 1];
  const after = tk[k + 1];
  return !!before && !!after && before.low.length > 4 && before.low.endsWith('ly') && after.kind === 'word' && after.raw === after.low && !AFTER_VERB.has(after.low);
}

/**
 * The tense cue of token k for a date at token `at`, with the readings that need its neighbours. A modal
 * or a timetable verb speaks of the date only when it governs it, so it counts only before the date, and a
 * timetable verb only close to it ("runs on weekdays, but Saturday's ..." is a habit, not a plan).
 */
function cueNear(tk: Token[], k: number, at: number): Tense | null {
  const t = tk[k]!;
  const w = t.low;
  // "should ease by Thursday", "might reopen in March", "by Friday we should know"; "should have" looks back
  if (w === 'should' || w === 'might') return (k < at || k - at <= MODAL_AFTER_DATE) && tk[k + 1]?.low !== 'have' ? 'future' : null;
  // "carriers must comply by Sept. 1": what must be done is still to do ("must have" looks back)
  if (w === 'must' && k < at) return tk[k + 1]?.low !== 'have' && tk[k + 1]?.kind === 'word' ? 'future' : null;
  // "on track for revenue of $2bn in the year to September", "on course for record output": an outcome
  // projected for a period that is not over ("was on track for" tells how things stood, so no cue)
  if (k < at && (w === 'track' || w === 'course') && tk[k - 1]?.low === 'on' && tk[k + 1]?.low === 'for' && !PAST_BE.has(tk[k - 2]?.low ?? '') && (k < 2 || cueOf(tk, k - 2) !== 'past')) return 'future';
  // "the review could take until October", "the plant may reopen in September": a possibility still ahead;
  // "could not attend", "could have" look back, and a capital "May" is the month
  if ((w === 'could' || (w === 'may' && t.raw === 'may')) && k < at) return OPEN_MODAL_BLOCKERS.has(tk[k + 1]?.low ?? '') || tk[k + 1]?.kind !== 'word' ? null : 'future';
  // "due in March", "due between January and March": the date it governs is still to come
  if (w === 'due' && DUE_DATE_LEADS.has(tk[k + 1]?.low ?? '')) return k < at && at - k <= DUE_REACH ? 'future' : null;
  // "completion expected by 30 June", "a ruling is expected in March": an outcome awaited at a date still to
  // come; "was expected in March" tells how things stood, and "than expected" compares
  if (w === 'expected' && DUE_DATE_LEADS.has(tk[k + 1]?.low ?? '') && !EXPECTED_BLOCKERS.has(tk[k - 1]?.low ?? '')) return k < at && at - k <= DUE_REACH ? 'future' : null;
  // "a tender closing on May 3": right before its date, a deadline still to come
  if (DEADLINE_PARTICIPLES.has(w) && k < at && at - k <= 2 && !NOUN_LEADS.has(tk[k - 1]?.low ?? '')) return 'future';
  // "forecast revenue for the fourth quarter", "projects growth for next year": a forecast is of a period to come
  if (FORECASTING.has(w) && k < at && at - k <= FORECAST_REACH && forPeriod(tk, at) && !NOUN_LEADS.has(tk[k - 1]?.low ?? '')) return 'future';
  // "has yet to", "not yet": what is still to come
  if (w === 'yet' && (negated(tk, k) || tk[k + 1]?.low === 'to')) return 'future';
  if (SCHEDULING.has(w) && t.raw[0] === w[0] && !NOUN_LEADS.has(tk[k - 1]?.low ?? '')) {
    // "the agency reports record exports in May" tells what was found, like "says"; "reports earnings" is a timetable
    if ((w === 'reports' || w === 'releases') && !RESULTS.has(tk[k + 1]?.low ?? '')) return null;
    return k < at && at - k <= 5 ? 'future' : null;
  }
  // "a year earlier than planned", "later than expected": a comparison of two dates, not the tense of either
  if ((w === 'earlier' || w === 'later' || w === 'sooner') && tk[k + 1]?.low === 'than') return null;
  if (tk[k - 1]?.low === 'than' && w.endsWith('ed')) return null;
  // "its first since 2019": "since" looks back only for the date it leads
  if (w === 'since' && k > at) return null;
  // "said the duty would lift prices from the December quarter": reported plans look ahead from when they were said
  if (w === 'would' && k < at && !['have', 'not', 'otherwise'].includes(tk[k + 1]?.low ?? '') && reportedBefore(tk, k)) return 'future';
  const c = cueAt(tk, k);
  if (c === 'past' && w.endsWith('ed') && (negated(tk, k) || adjectival(tk, k))) return null;
  if (c === 'past' && k < at && participleWithOwnDate(tk, k, at)) return null;
  return c;
}

const MODALS = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'must', 'can']);
/** Words before a participle that make it a finite verb or a passive, not a participle describing a noun. */
const VERB_LEADS = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'who', 'which', 'that', 'and', 'but', 'not', 'also', 'then']);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
const DATE_LEADS = new Set(['the', 'early', 'late', 'mid', 'last']);

/**
 * "would cut the rate from the 2.4 per cent proposed in November, and phase it in from April": in a sentence
 * led by a modal, a participle right after a noun with a date of its own ("proposed in November") describes
 * that noun and dates only its own date, so it is no cue for the other dates of the sentence.
 */
function participleWithOwnDate(tk: Token[], k: number, at: number): boolean {
  const before = tk[k - 1];
  if (!before || before.kind !== 'word' || VERB_LEADS.has(before.low) || MODALS.has(before.low)) return false;
  if (!DATE_PREPOSITIONS.has(tk[k + 1]?.low ?? '')) return false;
  let d = k + 2;
  while (DATE_LEADS.has(tk[d]?.low ?? '') && d < k + 4) d++;
  const word = tk[d]?.low ?? '';
  if (d >= at || (MONTHS[word] === undefined && WEEKDAYS[word] === undefined)) return false;
  for (let j = k - 2; j >= 0 && k - j <= 30; j--) {
    const raw = tk[j]!.raw;
    // a point inside a number ("2.4") ends no sentence
    const decimal = raw === '.' && tk[j]!.gap === 0 && tk[j + 1]?.gap === 0;
    if ((raw === '.' && !decimal) || raw === ';' || raw === '!' || raw === '?') return false;
    if (MODALS.has(tk[j]!.low) && tk[j]!.raw === tk[j]!.low) return true;
  }
  return false;
}

/** Verbs that report what someone said or expects, whose "would" is a future seen from then. */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'warned', 'predicted', 'forecast', 'expects', 'expected', 'believes', 'added', 'confirmed', 'stated']);
/** How far back in its sentence a reporting verb may lead a "would". */
const REPORTING_REACH = 25;

/** A reporting verb earlier in the sentence of token k ("the company said the plant would ..."). */
function reportedBefore(tk: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - REPORTING_REACH; j--) {
    const raw = tk[j]!.raw;
    if (raw === '.' || raw === '!' || raw === '?' || raw === ';') return false;
    if (REPORTING.has(tk[j]!.low)) return true;
  }
  return false;
}

/** Conjunctions that open a clause of its own after a date: "from April 1 after the board approved ...". */
const SUBORDINATORS = new Set(['after', 'because', 'although', 'though', 'whereas', 'while', 'once']);
/** Words that start the subject of such a clause. */
const CLAUSE_SUBJECTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those']);

/** A clause of its own starts at token k: its verbs tell when its own events happen, not the date before it. */
function subordinateClause(tk: Token[], k: number): boolean {
  return SUBORDINATORS.has(tk[k]!.low) && CLAUSE_SUBJECTS.has(tk[k + 1]?.low ?? '');
}

/** Verbs of forecasting; the period a forecast is "for" has not yet ended. */
const FORECASTING = new Set(['forecast', 'forecasts', 'forecasting', 'projected', 'projects', 'projecting', 'predicted', 'predicts', 'guided', 'guides', 'expects', 'expected', 'sees']);
const FORECAST_REACH = 6;

/** The date is introduced by "for" ("for the fourth quarter", "for March"). */
function forPeriod(tk: Token[], at: number): boolean {
  const p = tk[at - 1]?.low;
  return p === 'for' || (p === 'the' && tk[at - 2]?.low === 'for');
}

const PAST_BE = new Set(['was', 'were']);

/** Words after "could" or "may" that turn it to the past or to a report of what was possible. */
const OPEN_MODAL_BLOCKERS = new Set(['have', 'not', 'never', 'hardly', 'only', 'no', 'barely']);

/** How close after a date a modal still governs it ("by Friday we should know"). */
const MODAL_AFTER_DATE = 3;

const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** A dash between spaces, a semicolon or a bracket: a clause set off inside the sentence. */
function clauseBreak(t: Token): boolean {
  return (t.raw === '-' && t.gap >= 1) || t.raw === ';' || t.raw === '(' || t.raw === ')' || t.raw === '—' || t.raw === '–';
}

/** The nearest cue on either side of a token, from `lo` to `hi` (exclusive); null when there is none. */
function nearestCue(tk: Token[], at: number, lo: number, hi: number): Tense | null {
  let best: Tense | null = null;
  let dist = Infinity;
  for (let k = at - 1; k >= lo; k--) {
    const c = cueNear(tk, k, at);
    if (c) {
      best = c;
      dist = at - k;
      break;
    }
  }
  for (let k = at + 1; k < hi; k++) {
    // a clause opened by "after" or "because" speaks of its own events; with a cue already found before the
    // date ("will walk out from 3 February after talks collapsed") its verbs do not place the date either
    if (subordinateClause(tk, k) || (best !== null && SUBORDINATORS.has(tk[k]!.low))) break;
    // "opened the plant on Monday, a project that will double output", "will go on sale by December, priced
    // from $400": with the date's own verb found before it, what follows a comma (an apposition, a participle
    // describing a noun) has its own time
    if (best !== null && tk[k]!.raw === ',') break;
    // "reported revenue on 19 November and expects a margin of 5%": a second predicate joined after the
    // date has its own time; the date keeps the cue of the predicate it belongs to
    // ("joined on Sunday and is expected to play on Tuesday": the second predicate may open with its auxiliary)
    if (best !== null && (tk[k]!.low === 'and' || tk[k]!.low === 'but') && k + 1 < hi && secondPredicate(tk, k + 1, at, hi)) break;
    const c = cueNear(tk, k, at);
    if (c) {
      if (k - at < dist) best = c;
      break;
    }
  }
  return best;
}

/** Auxiliaries that may open a second predicate before its own tense cue ("and is expected to", "but has since"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** A predicate with its own tense cue starts at token k, right away or after its auxiliary. */
function secondPredicate(tk: Token[], k: number, at: number, hi: number): boolean {
  if (cueNear(tk, k, at) !== null) return true;
  return AUXILIARIES.has(tk[k]!.low) && k + 1 < hi && cueNear(tk, k + 1, at) !== null;
}

/** Verbs of a closing attribution (", officials said.", ", the company told reporters."). */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'announced', 'confirmed']);
/** How many words may name the speaker before the verb. */
const SPEAKER_REACH = 5;

/**
 * A comma that opens the attribution closing its sentence: the speech verb tells when the words were
 * said, not when the things reported in them happen, so the clause before it is read on its own first.
 */
function attributionAt(tk: Token[], k: number, hi: number): boolean {
  if (tk[k]!.raw !== ',') return false;
  for (let j = k + 1; j < hi && j <= k + SPEAKER_REACH + 1; j++) {
    const t = tk[j]!;
    if (SPEECH.has(t.low)) {
      // the sentence ends within a few words after the verb ("told the paper on Monday."), or the
      // attribution is set off by a second comma ("..., the ministry said on Monday, at a cost of ...")
      for (let e = j + 1; e <= j + 8; e++) if (e >= hi || tk[e]!.raw === ',') return true;
      return false;
    }
    // "Rwanda's health minister said": a possessive inside the speaker's name
    const possessive = (t.raw === "'" || t.raw === '’') && tk[j + 1]?.low === 's';
    if (t.kind === 'punct' && !possessive) return false;
  }
  return false;
}

/**
 * The tense cue nearest to a token: within its own clause first (in "the fund - which will open to savers
 * in March - drew praise" the aside looks ahead though the sentence reports), else within its sentence.
 */
export function sentenceTense(tk: Token[], sentenceOf: Int32Array, at: number): Tense | null {
  const s = sentenceOf[at];
  let lo = at;
  while (lo > 0 && sentenceOf[lo - 1] === s && at - lo < 60) lo--;
  let hi = at + 1;
  while (hi < tk.length && sentenceOf[hi] === s && hi - at < 60) hi++;
  let clo = at;
  let relative = false;
  while (clo > lo && !clauseBreak(tk[clo - 1]!)) {
    // ", which is set to expire in May, ...": a relative clause between commas
    if (tk[clo - 1]!.raw === ',' && RELATIVES.has(tk[clo]?.low ?? '')) {
      relative = true;
      break;
    }
    clo--;
  }
  let chi = at + 1;
  while (chi < hi && !clauseBreak(tk[chi]!) && !(relative && tk[chi]!.raw === ',') && !attributionAt(tk, chi, hi)) chi++;
  if (clo > lo || chi < hi) {
    const inClause = nearestCue(tk, at, clo, chi);
    if (inClause) return inClause;
  }
  return nearestCue(tk, at, lo, hi);
}
