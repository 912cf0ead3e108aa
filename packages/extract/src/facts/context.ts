import type { Fact, FactType } from '@newsfacts/core';
import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { EXTRACTOR_VERSION } from '../version.ts';

/** Everything the fact builders share about one article. */
export interface ArticleCtx {
  text: string;
  tk: Token[];
  sentences: Sentence[];
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
}

export function sentenceText(a: ArticleCtx, token: number): string {
  const s = a.sentences[a.sentenceOf[token] ?? 0];
  return s ? a.text.slice(s.start, s.end).trim() : '';
}

/** Clean float noise from unit conversions (0.45359237 * 200 -> 90.718474). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

export function clamp(c: number): number {
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

export function baseFact(a: ArticleCtx, type: FactType, value: number | string, start: number, end: number, firstToken: number): Fact {
  return {
    type, value, unit: null, qualifier: null, direction: null, kind: null, range: null, measurement: null,
    text: a.text.slice(start, end), sentence: sentenceText(a, firstToken), start, end, confidence: 1, reasons: [],
    extractorVersion: EXTRACTOR_VERSION,
  };
}
