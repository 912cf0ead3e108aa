import { type ArticleResult, encodeResultBlob } from '@newsfacts/core';
import type { ExtractArticlePayload } from '@newsfacts/queues';
import { buildArticleResult } from './build-article-result.ts';

export interface ExtractTask {
  payload: ExtractArticlePayload;
  html: string;
  /** Largest encoded result accepted; MAX_RESULT_CHARS unless told. */
  maxResultChars?: number;
}

/** An ArticleResult already encoded as its result blob (in the thread, off the event loop), with what the job logs. */
export interface ExtractedArticle {
  serialized: string;
  facts: number;
  isArticle: boolean;
}

/**
 * What a pool thread sends back. A failure travels as data: an error thrown across threads is
 * cloned into a plain Error and loses its class.
 */
export type ExtractOutcome = { ok: true; article: ExtractedArticle } | { ok: false; error: string };

/**
 * Room for a 10 MB page, its text twice over (body and blocks) and tens of thousands of facts. Past
 * it the page is a fact bomb (megabytes of "rose 12% to 4,200 tonnes in 2025"), whose result would
 * only choke the Redis blob and the store's single transaction.
 */
export const MAX_RESULT_CHARS = 64 * 1024 * 1024;

export function extractTask({ payload, html, maxResultChars = MAX_RESULT_CHARS }: ExtractTask): ExtractOutcome {
  try {
    const result = buildArticleResult(payload, html);
    // Checked before encoding: an over-size result is refused without building its string.
    const estimate = estimateResultChars(result);
    if (estimate > maxResultChars) {
      return { ok: false, error: `its result (about ${mib(estimate)} MiB, ${result.facts.length} facts) is over the ${mib(maxResultChars)} MiB limit` };
    }
    const serialized = encodeResultBlob(result, payload.pageHash);
    if (serialized.length > maxResultChars) {
      return { ok: false, error: `its result (${mib(serialized.length)} MiB, ${result.facts.length} facts) is over the ${mib(maxResultChars)} MiB limit` };
    }
    return { ok: true, article: { serialized, facts: result.facts.length, isArticle: result.doc.isArticle } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Fewer characters than the fields and punctuation of any encoded fact row take, beside its surface text and reasons. */
const FACT_ROW_OVERHEAD_CHARS = 64;

/**
 * A lower bound of the encoded size, in one pass and without allocating: the body and captions
 * once, each distinct sentence once, each fact row. Good enough to refuse a result that is far over.
 */
export function estimateResultChars(result: ArticleResult): number {
  let chars = result.doc.bodyText.length + result.doc.captions.reduce((n, c) => n + c.length, 0);
  const sentences = new Set<string>();
  for (const fact of result.facts) {
    if (!sentences.has(fact.sentence)) {
      sentences.add(fact.sentence);
      chars += fact.sentence.length;
    }
    chars += FACT_ROW_OVERHEAD_CHARS + fact.text.length + fact.reasons.reduce((n, r) => n + r.length, 0);
  }
  return chars;
}

const mib = (chars: number): string => (chars / 1024 / 1024).toFixed(1);
