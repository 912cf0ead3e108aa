import { readFileSync } from 'node:fs';
import { decodeResultBlob, MAX_FACTS_PER_ARTICLE, TransportedArticleResult } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { estimateResultChars, extractTask, MAX_RESULT_CHARS } from '../src/extract-thread-task.ts';

const html = readFileSync(new URL('../../../fixtures/site/articles/china-magnet-exports-us-slide-september.html', import.meta.url), 'utf8');
const payload = {
  url: 'https://news.example/a', finalUrl: 'https://news.example/a', feedId: null, guid: null, itemTitle: null, itemPublished: null,
  pageBlob: 'b', pageHash: 'page-hash', fetch: { status: 200, bytes: html.length, ms: 1, fetchedAt: '2025-10-21T08:00:00Z' },
};

describe('the result size limit of an extraction', () => {
  it('hands back an ordinary article encoded as its result blob, far under the limit', () => {
    const outcome = extractTask({ payload, html });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.serialized.length).toBeLessThan(MAX_RESULT_CHARS / 1000);
    const decoded = decodeResultBlob(outcome.article.serialized);
    expect(decoded.pageHash).toBe('page-hash');
    expect(TransportedArticleResult.parse(decoded.result).facts).toHaveLength(outcome.article.facts);
  });

  it('fails a page whose result is over the limit, saying how big it was and how many facts it had', () => {
    const ok = extractTask({ payload, html });
    if (!ok.ok) throw new Error(ok.error);
    const outcome = extractTask({ payload, html, maxResultChars: ok.article.serialized.length - 1 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(new RegExp(`^its result \\(\\d+\\.\\d MiB, ${ok.article.facts} facts\\) is over the \\d+\\.\\d MiB limit$`));
  });
});

describe('a fact bomb through extraction', () => {
  const sentence = 'Norway shipped 1,875 tonnes of nickel to Canada in April 2025, 9% more than a year earlier, for $17 million.';
  const bomb = `<!doctype html><html><head><title>Nickel trade</title></head><body><article><h1>Nickel trade</h1><p>${Array.from({ length: 1_500 }, () => sentence).join(' ')}</p></article></body></html>`;

  it('keeps the capped facts and says in the result how many the caps dropped', () => {
    const outcome = extractTask({ payload, html: bomb });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.facts).toBe(MAX_FACTS_PER_ARTICLE);
    const result = TransportedArticleResult.parse(decodeResultBlob(outcome.article.serialized).result);
    expect(result.facts).toHaveLength(MAX_FACTS_PER_ARTICLE);
    expect(result.factsDropped).toBeGreaterThan(1_500);
    expect(result.factsDroppedReason).toMatch(/over 2000 facts per article/);
    // The estimate that guards the encoding never overstates what encoding gives.
    expect(estimateResultChars({ ...result, html: bomb, doc: { ...result.doc, blocks: [] } })).toBeLessThanOrEqual(outcome.article.serialized.length);
  });

  it('refuses an over-size result from its estimate, before encoding it', () => {
    const outcome = extractTask({ payload, html: bomb, maxResultChars: 100_000 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(/^its result \(about \d+\.\d MiB, 2000 facts\) is over the 0\.1 MiB limit$/);
  });
});
