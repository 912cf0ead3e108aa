import { type ArticleResult, capFacts } from '@newsfacts/core';
import { cleanHtml } from '@newsfacts/boilerplate';
import { EXTRACTOR_VERSION, extractDocumentFacts } from '@newsfacts/extract';
// The subpath keeps undici and the fetch stack out of the extraction threads.
import { canonicalizeUrl } from '@newsfacts/fetch/canonicalize-url';
import type { ExtractArticlePayload } from '@newsfacts/queues';
import { chooseCanonicalUrl } from './choose-canonical-url.ts';

/** The CPU-heavy, pure part of extraction: page -> clean document -> facts. Runs in the extraction pool. */
export function buildArticleResult(payload: ExtractArticlePayload, html: string): ArticleResult {
  const doc = cleanHtml(html, payload.finalUrl, { feedPublished: payload.itemPublished, fetchedAt: payload.fetch.fetchedAt });
  const published = doc.published ?? payload.itemPublished;
  // Text of a page that is not an article (an index, an error page) holds no facts of its own; an
  // unsure body (fallback, article kept in doubt) gives facts that start lower. Bounded here, before
  // the result is encoded, sent through Redis and written in one transaction.
  const { facts, dropped, reason } = capFacts(extractDocumentFacts(doc, published));
  return {
    url: payload.url,
    finalUrl: payload.finalUrl,
    canonicalUrl: chooseCanonicalUrl(canonicalizeUrl(payload.finalUrl), doc.canonicalUrl ? safeCanonicalize(doc.canonicalUrl) : null),
    feedId: payload.feedId,
    guid: payload.guid,
    itemTitle: payload.itemTitle,
    itemPublished: payload.itemPublished,
    itemSource: payload.itemSource ?? null,
    fetch: { url: payload.url, kind: 'article', feedId: payload.feedId, status: payload.fetch.status, bytes: payload.fetch.bytes, ms: payload.fetch.ms, fromCache: false, error: null, fetchedAt: payload.fetch.fetchedAt },
    html,
    doc,
    facts,
    factsDropped: dropped,
    factsDroppedReason: reason,
    extractorVersion: `${doc.boilerplateVersion}+${EXTRACTOR_VERSION}`,
  };
}

function safeCanonicalize(url: string): string | null {
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}
