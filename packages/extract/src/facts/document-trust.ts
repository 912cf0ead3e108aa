import type { CleanDoc, Fact } from '@newsfacts/core';
import { UNSURE_DOCUMENT_FACTOR } from '../calibration/calibrate-facts.ts';
import type { CueDoc } from '../calibration/fact-cues.ts';
import { extractFacts, type ExtractOptions } from '../extract-facts.ts';

export { UNSURE_DOCUMENT_FACTOR };

export type DocumentForFacts = Pick<CleanDoc, 'bodyText' | 'isArticle' | 'extraction' | 'extractionNote'> & Partial<Pick<CleanDoc, 'published' | 'metadata' | 'blocks'>>;

/** Why facts of this document start with lower confidence, or null when they need not. */
export function documentDoubt(doc: DocumentForFacts): string | null {
  if (!doc.isArticle) return null;
  if (doc.extraction === 'fallback') return `body from the extraction fallback (${doc.extractionNote ?? 'no reason given'})`;
  return doc.extractionNote ? `article kept in doubt (${doc.extractionNote})` : null;
}

/** What the calibration reads of the document beyond its text: its date's source, how its body was found, its blocks, its doubt. */
export function documentCueInput(doc: DocumentForFacts): Omit<CueDoc, 'text' | 'published'> {
  return {
    publishedSource: doc.metadata?.published?.source ?? null,
    extraction: doc.extraction ?? 'content',
    keptInDoubt: doc.extraction !== 'fallback' && !!doc.extractionNote,
    doubt: documentDoubt(doc),
    ...(doc.blocks ? { blocks: doc.blocks } : {}),
  };
}

/** The facts of a cleaned page: none when it is not an article, lowered when the body is unsure. */
export function extractDocumentFacts(doc: DocumentForFacts, published: string | null, options: ExtractOptions = {}): Fact[] {
  if (!doc.isArticle) return [];
  // where the cleaner found the date the relative dates are read against, when it is the page's own
  const publishedSource = published !== null && published === doc.published ? doc.metadata?.published?.source ?? null : null;
  return extractFacts({ text: doc.bodyText, published, publishedSource, locale: doc.metadata?.lang?.value ?? null }, { ...options, document: { ...documentCueInput(doc), ...options.document } });
}
