import { type ArticleResult, PermanentError } from '@newsfacts/core';
import { cleanHtml } from '@newsfacts/boilerplate';
import { EXTRACTOR_VERSION, extractFacts } from '@newsfacts/extract';
import { canonicalizeUrl } from '@newsfacts/fetch';
import { type ExtractArticlePayload, type Processor, type StoreArticlePayload, blobKey, type extractArticleQueue, getBlob, putBlob, sha256 } from '@newsfacts/queues';
import type { Redis } from 'ioredis';
import { chooseCanonicalUrl } from './choose-canonical-url.ts';

export interface ExtractArticleDeps {
  redis: Redis;
  prefix: string;
  enqueueStore(payload: StoreArticlePayload): Promise<void>;
}

/** Cleans the page and extracts its facts; pure work between two Redis reads and writes. */
export function createExtractArticleProcessor(deps: ExtractArticleDeps): Processor<typeof extractArticleQueue.schema> {
  return async (payload: ExtractArticlePayload, { log }) => {
    const html = await getBlob(deps.redis, payload.pageBlob);
    if (html === null) throw new PermanentError(`fetched page for ${payload.url} is no longer in Redis (expired); it will be fetched again on the next poll`);
    const result = buildArticleResult(payload, html);
    const serialized = JSON.stringify(result);
    const resultHash = sha256(serialized);
    const resultBlob = blobKey(deps.prefix, 'result', resultHash);
    await putBlob(deps.redis, resultBlob, serialized);
    await deps.enqueueStore({ url: payload.url, resultBlob, resultHash, pageBlob: payload.pageBlob });
    log.info({ url: payload.url, facts: result.facts.length, isArticle: result.doc.isArticle }, 'article extracted');
    return { facts: result.facts.length, isArticle: result.doc.isArticle };
  };
}

export function buildArticleResult(payload: ExtractArticlePayload, html: string): ArticleResult {
  const doc = cleanHtml(html, payload.finalUrl, { feedPublished: payload.itemPublished });
  const published = doc.published ?? payload.itemPublished;
  // Text of a page that is not an article (an index, an error page) holds no facts of its own.
  const facts = doc.isArticle ? extractFacts({ text: doc.bodyText, published }) : [];
  return {
    url: payload.url,
    finalUrl: payload.finalUrl,
    canonicalUrl: chooseCanonicalUrl(canonicalizeUrl(payload.finalUrl), doc.canonicalUrl ? safeCanonicalize(doc.canonicalUrl) : null),
    feedId: payload.feedId,
    guid: payload.guid,
    itemTitle: payload.itemTitle,
    itemPublished: payload.itemPublished,
    fetch: { url: payload.url, kind: 'article', feedId: payload.feedId, status: payload.fetch.status, bytes: payload.fetch.bytes, ms: payload.fetch.ms, fromCache: false, error: null, fetchedAt: payload.fetch.fetchedAt },
    html,
    doc,
    facts,
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
