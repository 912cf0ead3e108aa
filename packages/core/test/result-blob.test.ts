import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleResult, decodeResultBlob, encodeResultBlob, RESULT_BLOB_FORMAT, TransportedArticleResult } from '../src/index.ts';

const html = readFileSync(new URL('../../../fixtures/site/articles/china-magnet-exports-us-slide-september.html', import.meta.url), 'utf8');
const sentenceA = 'Exports of magnets to the United States fell 28.7% to 420.5 tonnes in September.';
const sentenceB = 'Lynas said output rose 12%.';
const fact = (sentence: string, text: string, value: number) => ({
  type: 'percentage' as const, value, unit: '%', qualifier: null, direction: null, kind: null, range: null, measurement: null,
  text, sentence, start: 0, end: text.length, confidence: 0.9, reasons: [], extractorVersion: 't',
});
const result: ArticleResult = ArticleResult.parse({
  url: 'https://news.example/a', finalUrl: 'https://news.example/a', canonicalUrl: 'https://news.example/a', feedId: 3, guid: 'g', itemTitle: null, itemPublished: null,
  fetch: { url: 'https://news.example/a', kind: 'article', feedId: 3, status: 200, bytes: html.length, ms: 5, fromCache: false, error: null, fetchedAt: '2025-10-21T08:00:00Z' },
  html,
  doc: {
    url: 'https://news.example/a', title: 'T', published: null, canonicalUrl: null, lang: 'en', bodyText: `${sentenceA} ${sentenceB}`, blocks: [], captions: [],
    metadata: { title: null, published: null, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null },
    isArticle: true, notArticleReason: null, boilerplateVersion: 'b',
  },
  facts: [fact(sentenceA, '28.7%', 28.7), fact(sentenceB, '12%', 12), fact(sentenceA, '420.5 tonnes', 420.5)],
  extractorVersion: 'v',
});

describe('result blobs', () => {
  it('round-trips a result without its page or blocks, listing each sentence once', () => {
    const raw = encodeResultBlob(result, 'page-hash');
    expect(raw).not.toContain('<html');
    const occurrences = (text: string) => text.split(sentenceA).length - 1;
    // Once in the body text, once in the sentence list: not again for each of its two facts.
    expect(occurrences(JSON.stringify(result))).toBe(3);
    expect(occurrences(raw)).toBe(2);
    const decoded = decodeResultBlob(raw);
    expect(decoded.pageHash).toBe('page-hash');
    const { html: _html, doc: { blocks: _blocks, ...doc }, ...withoutPage } = result;
    expect(TransportedArticleResult.parse(decoded.result)).toEqual({ ...withoutPage, doc });
    expect(raw.length).toBeLessThan(JSON.stringify(result).length - html.length);
  });

  it('passes a plain result from an earlier release through, page included', () => {
    const decoded = decodeResultBlob(JSON.stringify(result));
    expect(decoded.pageHash).toBeNull();
    expect(TransportedArticleResult.parse(decoded.result)).toEqual(result);
  });

  it('refuses a blob whose facts point at sentences it does not have', () => {
    const raw = JSON.parse(encodeResultBlob(result, 'h')) as { sentences: string[]; factRows: unknown[][] };
    raw.sentences.pop();
    expect(() => decodeResultBlob(JSON.stringify(raw))).toThrow(/fact 1 names sentence 1 of 1/);
    raw.factRows[0]?.pop();
    expect(() => decodeResultBlob(JSON.stringify(raw))).toThrow(/fact 0 has \d+ fields, not \d+/);
    expect(() => decodeResultBlob(JSON.stringify({ format: RESULT_BLOB_FORMAT, sentences: [] }))).toThrow(/malformed/);
    expect(() => decodeResultBlob('{"format":')).toThrow(SyntaxError);
  });
});
