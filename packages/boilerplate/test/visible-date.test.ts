import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { dateInText } from '../src/metadata/visible-date.ts';

const PROSE =
  'The harbour authority said cranes on the eastern quay stood idle for a ninth day, and shipping agents ' +
  'rerouted three container vessels to the river terminal while talks between the two sides resumed.';
const MORE =
  'Union officials said members would vote on the revised offer next week. Importers of fresh produce ' +
  'warned that cold storage near the port was close to full and that losses were mounting each day.';

/** A page of our own: optional head tags, content before the headline, the byline line, the article's end. */
function page(o: { head?: string; before?: string; byline?: string; after?: string; footer?: string }): string {
  return `<!doctype html><html><head><title>Harbour cranes idle as port strike enters second week</title>${o.head ?? ''}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>${o.before ?? ''}<h1>Harbour cranes idle as port strike enters second week</h1>
${o.byline ?? ''}<p>${PROSE}</p><p>${MORE}</p>${o.after ?? ''}</article></main>
${o.footer ?? ''}</body></html>`;
}

const clean = (html: string, url = 'https://news.example/world/port-strike') => cleanHtml(html, url);

describe('dateInText', () => {
  it.each([
    ['Published March 4, 2019', '2019-03-04'],
    ['Updated 10:42 a.m. ET, Tue January 8, 2019', '2019-01-08T10:42:00-05:00'],
    ['4 March 2019 | 10:42', '2019-03-04T10:42:00'],
    ['2019-03-04', '2019-03-04'],
    ['Posted: 2019-03-04 15:24', '2019-03-04T15:24:00'],
    ['By Ana Ruiz on Monday, March 4th, 2019 at 11:04 a.m.', '2019-03-04T11:04:00'],
  ])('%s -> %s', (text, expected) => {
    expect(dateInText(text)).toBe(expected);
  });

  it.each(['By Ana Ruiz', 'Share this story', 'Page 2 of 10'])('finds no date in %j', (text) => {
    expect(dateInText(text)).toBeNull();
  });
});

describe('the visible publication date', () => {
  it('reads the date in the byline line under the headline, recording where it came from', () => {
    const doc = clean(page({ byline: '<p class="byline">By Ana Ruiz · Published March 4, 2019</p>' }));
    expect(doc.published).toBe('2019-03-04');
    expect(doc.metadata.published).toEqual({ value: '2019-03-04', source: 'visible-date' });
  });

  it('keeps the time shown with the date', () => {
    const doc = clean(page({ byline: '<div class="story-info"><span>4 March 2019 | 10:42</span></div>' }));
    expect(doc.published).toBe('2019-03-04T10:42:00');
  });

  it('reads an unmarked date line right after the headline', () => {
    const doc = clean(page({ byline: '<div>Entered: [ 2019-03-04 15:24 ]</div>' }));
    expect(doc.published).toBe('2019-03-04T15:24:00');
  });

  it('reads a date shown just above the headline', () => {
    const doc = clean(page({ before: '<p><span>Ana Ruiz</span> <span>published on 4 March 2019</span></p>' }));
    expect(doc.published).toBe('2019-03-04');
  });

  it('reads a headline set outside <h1> when its text is the title', () => {
    const html = `<html><head><title>Harbour cranes idle as port strike enters second week - The Gazette</title></head><body>
<h1>The Gazette</h1><div>${'<p><a href="/x">Section link</a></p>'.repeat(70)}</div>
<dl><dt>Harbour cranes idle as port strike enters second week</dt></dl> Entered: [ 2019-03-04 15:24 ]
<p>${PROSE}</p><p>${MORE}</p></body></html>`;
    expect(clean(html).published).toBe('2019-03-04T15:24:00');
  });

  it('prefers the publication date to the update shown beside it', () => {
    const byline = '<div class="meta"><span>Updated: March 6, 2019</span> <span>Published: March 4, 2019</span></div>';
    expect(clean(page({ byline })).published).toBe('2019-03-04');
  });

  it('takes an update date when it is the only date by the headline', () => {
    const byline = '<div class="meta">Updated 10:42 a.m. ET, Tue January 8, 2019</div>';
    expect(clean(page({ byline })).published).toBe('2019-01-08T10:42:00-05:00');
  });

  it('prefers the byline date to later dates of comments and related stories', () => {
    const after = `<section class="comments"><p>Reader one</p><p>March 9, 2019</p></section>
<aside class="related"><ul><li><a href="/a">Older strike story</a> <span class="date">February 2, 2019</span></li></ul></aside>`;
    const doc = clean(page({ byline: '<p class="byline">By Ana Ruiz, March 4, 2019</p>', after }));
    expect(doc.published).toBe('2019-03-04');
  });

  it('reads no date from related stories, comments, captions, links or the site footer', () => {
    const after = `<figure><img src="/c.jpg"><figcaption>Cranes on March 1, 2019.</figcaption></figure>
<div class="related-stories"><p>Strike talks stall</p><p>February 2, 2019</p></div>
<div class="comments"><p>March 9, 2019</p></div><p><a href="/archive/2019-02-28">2019-02-28</a></p>`;
    const footer = '<footer><p>Last updated March 30, 2019</p></footer>';
    expect(clean(page({ after, footer })).published).toBeNull();
  });

  it('does not take a date mentioned in the prose', () => {
    const after = '<p>The previous strike, which began on May 2, 2017, lasted eleven days and ended with a pay deal.</p>';
    expect(clean(page({ after })).published).toBeNull();
  });

  it('gives way to a date the metadata carries', () => {
    const head = '<meta property="article:published_time" content="2019-03-03T22:00:00Z">';
    const doc = clean(page({ head, byline: '<p class="byline">Published March 4, 2019</p>' }));
    expect(doc.metadata.published?.source).toBe('meta');
  });

  it('rejects a date later than the modification the page declares', () => {
    const head = '<meta property="article:modified_time" content="2019-03-05T08:00:00Z">';
    expect(clean(page({ head, byline: '<p class="byline">Published July 9, 2021</p>' })).published).toBeNull();
  });

  it('refines the day in the URL with the time shown, and leaves a date far from it aside', () => {
    const url = 'https://news.example/2019/03/04/port-strike/';
    expect(clean(page({ byline: '<p class="byline">March 4, 2019 10:42</p>' }), url).metadata.published)
      .toEqual({ value: '2019-03-04T10:42:00', source: 'visible-date' });
    expect(clean(page({ byline: '<p class="byline">July 9, 2021</p>' }), url).metadata.published)
      .toEqual({ value: '2019-03-04', source: 'url' });
  });
});

describe('microdata on a visible element', () => {
  it('reads the datePublished value an element carries in its content attribute', () => {
    const byline = '<p class="byline">By Ana Ruiz, <span itemprop="datePublished" content="2019-03-04T10:42:00+01:00">Monday</span></p>';
    expect(clean(page({ byline })).published).toBe('2019-03-04T10:42:00+01:00');
  });
});
