import type { CleanDoc, Fact } from '@newsfacts/core';
import { extractFacts, type ExtractOptions } from '../extract-facts.ts';

/**
 * Facts from a body the cleaner was unsure of start lower: the fallback took text the content
 * finder did not trust, or the page was kept as an article in doubt. The factor is a prior, to be
 * replaced by what reviewers' decisions on such documents show.
 */
export const UNSURE_DOCUMENT_FACTOR = 0.8;

export type DocumentForFacts = Pick<CleanDoc, 'bodyText' | 'isArticle' | 'extraction' | 'extractionNote'> & Partial<Pick<CleanDoc, 'published' | 'metadata'>>;

/** Why facts of this document start with lower confidence, or null when they need not. */
export function documentDoubt(doc: DocumentForFacts): string | null {
  if (!doc.isArticle) return null;
  if (doc.extraction === 'fallback') return `body from the extraction fallback (${doc.extractionNote ?? 'no reason given'})`;
  return doc.extractionNote ? `article kept in doubt (${doc.extractionNote})` : null;
}

/** Lowers every fact's confidence by the document's doubt, recording it among the fact's reasons. */
export function applyDocumentDoubt(facts: Fact[], doc: DocumentForFacts): Fact[] {
  const doubt = documentDoubt(doc);
  if (doubt === null) return facts;
  return facts.map((f) => ({ ...f, confidence: f.confidence * UNSURE_DOCUMENT_FACTOR, reasons: [...f.reasons, doubt] }));
}

/** The facts of a cleaned page: none when it is not an article, lowered when the body is unsure. */
export function extractDocumentFacts(doc: DocumentForFacts, published: string | null, options: ExtractOptions = {}): Fact[] {
  if (!doc.isArticle) return [];
  // where the cleaner found the date the relative dates are read against, when it is the page's own
  const publishedSource = published !== null && published === doc.published ? doc.metadata?.published?.source ?? null : null;
  return applyDocumentDoubt(extractFacts({ text: doc.bodyText, published, publishedSource }, options), doc);
}
