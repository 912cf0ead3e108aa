import { describe, expect, it } from 'vitest';
import { buildArticleResult } from '../src/build-article-result.ts';

const payload = {
  url: 'https://news.example/port', finalUrl: 'https://news.example/port', feedId: null, guid: null, itemTitle: null, itemPublished: null,
  pageBlob: 'b', pageHash: 'page-hash', fetch: { status: 200, bytes: 1, ms: 1, fetchedAt: '2019-03-07T08:00:00Z' },
};

/** A page of our own whose only date is the one shown under the headline. */
const html = `<!doctype html><html><head><title>Grain terminal reopens after repairs</title></head><body>
<article><h1>Grain terminal reopens after repairs</h1>
<p class="byline">By Lena Okafor · Published March 6, 2019</p>
<p>The river port's grain terminal reopened on Monday after four weeks of repairs to its conveyor belts, the operator said, and the first barges were loaded within hours of the restart.</p>
<p>Farmers who had trucked their harvest to more distant terminals said they expected prices at the quay to recover by the end of the month, once the backlog clears.</p>
</article></body></html>`;

describe('relative dates on a page dated only by its visible byline date', () => {
  it('resolves "on Monday" against the date shown under the headline', () => {
    const result = buildArticleResult(payload, html);
    expect(result.doc.metadata.published).toEqual({ value: '2019-03-06', source: 'visible-date' });
    const monday = result.facts.filter((f) => f.type === 'date' && f.text.includes('Monday'));
    expect(monday.map((f) => f.value)).toEqual(['2019-03-04']);
  });
});

describe('a page that shows only the age of its story', () => {
  it('dates the story by counting the age back from the fetch', () => {
    const aged = html.replace('Published March 6, 2019', 'Published 1 day ago');
    const result = buildArticleResult(payload, aged);
    expect(result.doc.metadata.published).toEqual({ value: '2019-03-06', source: 'visible-date' });
  });
});
