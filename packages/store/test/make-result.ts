import type { ArticleResult, Fact } from '@newsfacts/core';

const BODY =
  'Exports of rare-earth magnets fell 28.7% in September.\n\nShipments to the United States reached 420.5 tonnes.';

export function makeFact(overrides: Partial<Fact> = {}): Fact {
  return {
    type: 'percentage',
    value: 28.7,
    unit: '%',
    qualifier: null,
    direction: 'down',
    kind: 'change',
    range: null,
    measurement: null,
    text: '28.7%',
    sentence: 'Exports of rare-earth magnets fell 28.7% in September.',
    start: 35,
    end: 40,
    confidence: 0.95,
    reasons: [],
    extractorVersion: 'test-1',
    ...overrides,
  };
}

export function makeResult(overrides: Partial<ArticleResult> = {}, body = BODY): ArticleResult {
  const url = overrides.url ?? 'https://news.example/a/1';
  return {
    url,
    finalUrl: url,
    canonicalUrl: url,
    feedId: null,
    guid: null,
    itemTitle: 'Magnet exports fall',
    itemPublished: '2025-10-20T08:00:00Z',
    fetch: { url, kind: 'article', feedId: null, status: 200, bytes: 1000, ms: 12, fromCache: false, error: null, fetchedAt: '2025-10-20T09:00:00Z' },
    html: `<html><body><p>${body}</p></body></html>`,
    doc: {
      url,
      title: 'Magnet exports fall',
      published: '2025-10-20',
      canonicalUrl: url,
      lang: 'en',
      bodyText: body,
      blocks: [],
      captions: [],
      metadata: { title: null, published: { value: '2025-10-20', source: 'meta' }, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null },
      isArticle: true,
      notArticleReason: null,
      boilerplateVersion: 'bp-test',
    },
    facts: [
      makeFact(),
      makeFact({
        type: 'tonnage',
        value: 420.5,
        unit: 't',
        direction: null,
        kind: null,
        text: '420.5 tonnes',
        sentence: 'Shipments to the United States reached 420.5 tonnes.',
        start: 95,
        end: 107,
        confidence: 0.6,
        reasons: ['test: low'],
        measurement: { metric: 'shipments', subject: null, partner: 'US', period: null },
      }),
    ],
    extractorVersion: 'test-1',
    ...overrides,
  };
}
