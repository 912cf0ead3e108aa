/**
 * --cleaner-loss: which errors of bench:facts the page cleaner causes rather than the extractor. A gold
 * value is "dropped" when none of its mentions' surroundings is in the cleaned body (the cleaner lost the
 * sentence, so no extractor could find it); an extracted value "leaked" when none of its mentions'
 * surroundings is in the ground-truth body (bylines, captions, credits, related headlines and the like
 * the cleaner kept). Texts are compared folded (case, accents, punctuation, spacing), on a few words
 * either side of the fact within its sentence, so that a sentence split or joined differently by the
 * two sides still counts as present.
 */
import type { GoldFact } from './gold.ts';
import { FACT_TYPES, goldValues, type ArticleScore, type FactKind, type PredictedFact } from './match.ts';

/** Words kept on each side of a fact: enough to tell one sentence from another, few enough to survive edits. */
const CONTEXT_WORDS = 5;

/** Lower-case letters and digits, every other run of characters one space, padded for whole-word search. */
export function foldText(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // scripts written without spaces: each character is a word, so spacing differences do not matter
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu, ' $& ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return ` ${words.join(' ')} `;
}

const SENTENCE_END = /[.!?。]["'”’)]*\s|\n/g;

/** The sentence holding text[start, end): from after the last sentence end before it to the next one after it. */
export function sentenceAt(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= start; m = SENTENCE_END.exec(text)) from = m.index + m[0].length;
  SENTENCE_END.lastIndex = Math.max(end, from);
  const next = SENTENCE_END.exec(text);
  return { start: from, end: next ? next.index + 1 : text.length };
}

/** The fact with up to CONTEXT_WORDS words either side of it, within its sentence, folded. */
export function factContext(text: string, start: number, end: number): string {
  const s = sentenceAt(text, start, end);
  const before = foldText(text.slice(s.start, start)).trim().split(' ').filter(Boolean).slice(-CONTEXT_WORDS);
  const after = foldText(text.slice(end, s.end)).trim().split(' ').filter(Boolean).slice(0, CONTEXT_WORDS);
  return ` ${[...before, foldText(text.slice(start, end)).trim(), ...after].filter(Boolean).join(' ')} `;
}

/** Fewer words than this around a fact say too little: a short line ("China", "5 May 2019") must be found whole. */
const MIN_CONTEXT_WORDS = 4;

/** A text folded for the search of contexts, and the set of its sentences folded, for short lines. */
export interface FoldedText {
  all: string;
  sentences: Set<string>;
}

export function foldForSearch(text: string): FoldedText {
  const sentences = new Set<string>();
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); ; m = SENTENCE_END.exec(text)) {
    const to = m ? m.index + 1 : text.length;
    sentences.add(foldText(text.slice(from, to)));
    if (!m) break;
    from = m.index + m[0].length;
  }
  return { all: foldText(text), sentences };
}

/** Whether the fact at text[start, end) is in the other text: its context, or its whole line when that is short. */
export function presentIn(text: string, start: number, end: number, other: FoldedText): boolean {
  const context = factContext(text, start, end);
  if (context.trim().split(' ').length >= MIN_CONTEXT_WORDS) return other.all.includes(context);
  return other.sentences.has(context);
}

/** A located predicted fact (the production path's facts carry offsets into the cleaned body). */
export type LocatedFact = PredictedFact & { start: number; end: number; sentence?: string };

export interface LossCounts {
  /** Required gold values; those with no mention left in the cleaned body; of these, the ones the pipeline missed. */
  gold: number;
  dropped: number;
  droppedMissed: number;
  /** Distinct extracted values; those with no mention in the ground-truth body; of these, the ones scored wrong. */
  found: number;
  leaked: number;
  leakedWrong: number;
}

export type LossTotals = Record<FactKind, LossCounts>;

export interface ArticleLoss {
  counts: LossTotals;
  /** For DEV reports: the ground-truth sentence of each dropped value, the cleaned sentence of each leaked one. */
  dropped: { type: FactKind; sentence: string; missed: boolean }[];
  leaked: { type: FactKind; value: string; sentence: string; wrong: boolean }[];
}

const zeroCounts = (): LossCounts => ({ gold: 0, dropped: 0, droppedMissed: 0, found: 0, leaked: 0, leakedWrong: 0 });
export const emptyTotals = (): LossTotals => Object.fromEntries(FACT_TYPES.map((t) => [t, zeroCounts()])) as LossTotals;

/**
 * One article's cleaner losses. `score` is the matcher's verdict on the same facts: its `missed` entries
 * carry the position of each missed required value, its `labelled` entries which extracted values were wrong.
 */
export function articleLoss(gold: GoldFact[], truth: string, cleaned: string, score: ArticleScore): ArticleLoss {
  const loss: ArticleLoss = { counts: emptyTotals(), dropped: [], leaked: [] };
  const foldedCleaned = foldForSearch(cleaned);
  const foldedTruth = foldForSearch(truth);
  const missedAt = new Set(score.missed.map((m) => `${m.type}@${m.start}`));
  for (const type of FACT_TYPES) {
    const c = loss.counts[type];
    // gold: group mentions by value as the matcher does, then ask whether any mention survived cleaning
    for (const value of goldValues(type, gold, truth)) {
      if (value.optional) continue;
      c.gold++;
      const survived = value.mentions.some((m) => presentIn(truth, m.start, m.end, foldedCleaned));
      if (survived) continue;
      c.dropped++;
      const missed = missedAt.has(`${type}@${value.at.start}`);
      if (missed) c.droppedMissed++;
      const s = sentenceAt(truth, value.at.start, value.at.end);
      loss.dropped.push({ type, sentence: truth.slice(s.start, s.end).trim(), missed });
    }
    // extracted: group by the matcher's verdict entries (one per distinct value, in order)
    const byValue = new Map<string, { facts: LocatedFact[]; wrong: boolean }>();
    for (const l of score.labelled) {
      if (l.fact.type !== type) continue;
      const f = l.fact as LocatedFact;
      const key = `${String(f.value)}|${f.unit ?? ''}|${f.range ? `${f.range.min}-${f.range.max}` : ''}`;
      const entry = byValue.get(key) ?? { facts: [], wrong: l.right === false };
      entry.facts.push(f);
      byValue.set(key, entry);
    }
    for (const [, entry] of byValue) {
      c.found++;
      if (entry.facts.some((f) => presentIn(cleaned, f.start, f.end, foldedTruth))) continue;
      c.leaked++;
      if (entry.wrong) c.leakedWrong++;
      const f = entry.facts[0]!;
      const s = sentenceAt(cleaned, f.start, f.end);
      loss.leaked.push({ type, value: `${String(f.value)}${f.unit ? ' ' + f.unit : ''}`, sentence: cleaned.slice(s.start, s.end).trim(), wrong: entry.wrong });
    }
  }
  return loss;
}

export function addLoss(into: LossTotals, from: LossTotals): void {
  for (const type of FACT_TYPES) {
    const a = into[type];
    const b = from[type];
    a.gold += b.gold;
    a.dropped += b.dropped;
    a.droppedMissed += b.droppedMissed;
    a.found += b.found;
    a.leaked += b.leaked;
    a.leakedWrong += b.leakedWrong;
  }
}

/** Per type: gold values the cleaner dropped (and how many the pipeline then missed), values it leaked (and how many were wrong). */
export function formatLoss(title: string, t: LossTotals): string[] {
  const lines = [`\n${title}`, 'type        gold  dropped (missed)  found  leaked (wrong)'];
  const all = zeroCounts();
  const row = (name: string, c: LossCounts) =>
    `${name.padEnd(10)} ${String(c.gold).padStart(5)} ${String(c.dropped).padStart(8)} ${`(${c.droppedMissed})`.padStart(8)} ${String(c.found).padStart(6)} ${String(c.leaked).padStart(7)} ${`(${c.leakedWrong})`.padStart(7)}`;
  for (const type of FACT_TYPES) {
    lines.push(row(type, t[type]));
    for (const k of Object.keys(all) as (keyof LossCounts)[]) all[k] += t[type][k];
  }
  lines.push(row('all', all));
  return lines;
}
