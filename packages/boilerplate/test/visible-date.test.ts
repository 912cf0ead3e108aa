import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { dateInText, headlineIndex, visibleDate } from '../src/metadata/visible-date.ts';
import { collectMetadata, dateEvidence } from '../src/metadata/collect-metadata.ts';
import { scanPage, type ElInfo } from '../src/node-table.ts';
import { parsePage } from '../src/parse-page.ts';
import type { DomElement } from '../src/dom-types.ts';

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

/** What the visible-date rule alone reads, before the body's own dateline line is weighed. */
function visibleOnly(html: string, url = 'https://news.example/world/port-strike', feed: string | null = null): string | null {
  const scan = scanPage(parsePage(html));
  const index = new Map<DomElement, number>();
  scan.nodes.forEach((n: ElInfo, i) => index.set(n.el, i));
  const ctx = { nodes: scan.nodes, index, titles: [] as string[] };
  const meta = collectMetadata(scan, ctx, url, feed);
  return visibleDate(scan, ctx, headlineIndex(scan, ctx, meta.titleCandidates), dateEvidence(scan, url, meta.metadata.modified?.value ?? null, feed));
}

describe('dateInText', () => {
  it.each([
    ['Published March 4, 2019', '2019-03-04'],
    ['Updated 10:42 a.m. ET, Tue January 8, 2019', '2019-01-08T10:42:00-05:00'],
    ['4 March 2019 | 10:42', '2019-03-04T10:42:00'],
    ['2019-03-04', '2019-03-04'],
    ['By 2019-03-04T15:24:09Z', '2019-03-04T15:24:09Z'],
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

describe('bylines with more than one date', () => {
  it('reads the posted date of a byline whose lines also name the writer and an update', () => {
    const byline = '<font class="byline">By LENA PORTER<br>Courier Staff Writer<br>Posted: Tuesday, May 6, 2014 12:00 am | Updated: 9:14 am, Wed May 7, 2014.</font>';
    expect(clean(page({ byline })).published).toBe('2014-05-06T00:00:00');
  });

  it('prefers "First published" to "Last modified" in either order', () => {
    const a = '<div class="content__meta">Last modified on Wed 4 Jun 2025 11.20 BST · First published on Tue 3 Jun 2025 08.00 BST</div>';
    expect(clean(page({ byline: a })).published?.slice(0, 10)).toBe('2025-06-03');
    const b = '<p>Published 14:02 GMT, 3 March 2015 | Updated 09:10 GMT, 4 March 2015</p>';
    expect(clean(page({ byline: b })).published).toBe('2015-03-03T14:02:00Z');
  });

  it('reads the original date of a line that names the update first', () => {
    const byline = '<div class="timestamp">Updated June 4, 2025 8:21 am ET / Original June 3, 2025 8:02 am ET</div>';
    expect(clean(page({ byline })).published).toBe('2025-06-03T08:02:00-05:00');
  });

  it('takes the byline date, not the update written after it without a year', () => {
    const byline = '<div class="byline">June 3, 2025 at 2:26 PM HST - Updated June 3 at 4:46 PM</div>';
    expect(clean(page({ byline })).published?.slice(0, 10)).toBe('2025-06-03');
  });

  it('reads labels in other languages', () => {
    const byline = '<p class="meta">Publicado em 04/06/2025 10:00 · Atualizado em 05/06/2025 12:00</p>';
    expect(clean(page({ byline })).published).toBe('2025-06-04T10:00:00');
  });
});

describe('dates shown without a year', () => {
  const dateline = (first: string) => page({ byline: '<p class="byline">By Ana Ruiz</p>', after: '' }).replace(`<p>${PROSE}</p>`, `<p>${first} ${PROSE}</p>`);

  it('reads a wire dateline, with the year of the page copyright', () => {
    const html = dateline('QUITO, Aug 4 (Wireline) -').replace('</body>', '<footer><p>© 2025 The Wireline Herald</p></footer></body>');
    expect(clean(html).published).toBe('2025-08-04');
  });

  it('takes the year from the URL when it names one', () => {
    expect(clean(dateline('QUITO, Aug 4 (Wireline) -'), 'https://news.example/2024/08/quito-bank').published).toBe('2024-08-04');
  });

  it('takes the latest year that does not put the date after the page modification', () => {
    const head = '<meta property="article:modified_time" content="2025-01-03T09:00:00Z">';
    const html = page({ head, byline: '<div class="post-date">Posted Dec 30</div>' });
    expect(clean(html).published).toBe('2024-12-30');
  });

  it('reads a dateline with its year, with no other clue', () => {
    expect(clean(dateline('GENEVA, March 4, 2025 –')).published).toBe('2025-03-04');
  });

  it('reads no yearless date when nothing on the page gives its year', () => {
    expect(clean(dateline('QUITO, Aug 4 (Wireline) -')).published).toBeNull();
  });

  it('does not read a yearless date from an unmarked line, a related story or a comment', () => {
    const after = `<aside class="related"><p>Bank holds rates</p><p class="date">Aug 2</p></aside>
<section class="comments"><p class="comment-date">Aug 5</p></section>`;
    const html = page({ byline: '<div>Aug 4</div>', after, footer: '<footer>© 2025 The Herald</footer>' });
    expect(clean(html).published).toBeNull();
  });
});

describe('ages and numeric dates', () => {
  it('counts an age back from the fetch time, when it is known', () => {
    const html = page({ byline: '<div class="meta">Published 3 hours ago</div>' });
    expect(cleanHtml(html, 'https://news.example/world/port-strike', { fetchedAt: '2025-06-04T15:30:00Z' }).published).toBe('2025-06-04T12:30:00Z');
  });

  it('reads no visible date later than the fetch', () => {
    const html = page({ byline: '<p class="byline">Published June 9, 2025</p>' });
    expect(cleanHtml(html, 'https://news.example/world/port-strike', { fetchedAt: '2025-06-04T15:30:00Z' }).published).toBeNull();
  });

  it('does not read an age ("3 hours ago") as a date', () => {
    const html = page({ byline: '<div class="meta">Updated 3 hours ago</div>', footer: '<footer>© 2025 The Herald</footer>' });
    expect(clean(html).published).toBeNull();
  });

  it('reads a numeric date month first on a U.S. English page', () => {
    const html = page({ byline: '<div class="byline">Posted 06/04/2025</div>' }).replace('<html>', '<html lang="en-US">');
    expect(clean(html).published).toBe('2025-06-04');
    expect(clean(page({ byline: '<div class="byline">Posted 06/04/2025</div>' })).published).toBe('2025-04-06');
  });

  it('reads a numeric date in the order the URL agrees with', () => {
    const html = page({ byline: '<div class="byline">Posted 06/04/2025</div>' });
    expect(clean(html, 'https://news.example/2025/06/04/port-strike').published).toBe('2025-06-04');
  });
});

describe('<time> shown without a datetime attribute', () => {
  it('reads the date it shows', () => {
    expect(clean(page({ byline: '<p>By Ana Ruiz <time>June 3, 2025</time></p>' })).metadata.published).toEqual({ value: '2025-06-03', source: 'time-element' });
  });
});

describe('where the story date sits', () => {
  it('reads a date wrapped in a link to the story itself, not one in a link to another story', () => {
    const own = '<div class="entry-meta"><a href="/port-strike/" rel="bookmark">June 3, 2025</a></div>';
    expect(clean(page({ byline: own })).published).toBe('2025-06-03');
    const other = '<div class="entry-meta">See also <a href="/older-strike/">June 1, 2025</a></div>';
    expect(clean(page({ byline: other })).published).toBeNull();
  });

  it('reads the date of a story set in a column its template calls a sidebar', () => {
    const html = `<html><head><title>Ferry fares rise on island route</title></head><body><main><div class="sidebar"><article>
<h1>Ferry fares rise on island route</h1><div class="post-meta"><span>June 3, 2025 10:30</span></div><p>Fares rise.</p></article></div></main></body></html>`;
    expect(visibleOnly(html)).toBe('2025-06-03T10:30:00');
  });

  it('reads a date shown in the share bar under the headline', () => {
    const byline = '<div class="share-tools"><span class="timestamp">Published June 3, 2025</span> <a href="/share">Share</a></div>';
    expect(clean(page({ byline })).published).toBe('2025-06-03');
  });
});

describe('dates after the page was served', () => {
  it('reads no visible date later than the date the feed gave the item', () => {
    const html = page({ byline: '<p class="byline">Published June 9, 2025</p>' });
    expect(visibleOnly(html, undefined, '2025-06-03T08:00:00Z')).toBeNull();
    expect(visibleOnly(html, undefined, '2025-06-09T08:00:00Z')).toBe('2025-06-09');
  });
});

describe('<time> elements of other parts of the page', () => {
  it('skips the time of a related story or a comment listed before the story', () => {
    const before = `<aside class="related"><a href="/b">Dock talks stall</a> <time datetime="2025-05-28">May 28</time></aside>`;
    const byline = '<p class="byline">By Ana Ruiz <time datetime="2025-06-03T09:00:00Z">June 3</time></p>';
    const doc = clean(page({ before, byline }));
    expect(doc.metadata.published).toEqual({ value: '2025-06-03T09:00:00Z', source: 'time-element' });
  });
});

describe('more byline styles', () => {
  it.each([
    ['<p class="byline">By Lena Porter | June 5, 2012</p>', '2012-06-05'],
    ['<div class="article-info">Lena Porter · 5 June 2012 · 4 min read</div>', '2012-06-05'],
    ['<p class="fecha">Publicado el 5 de junio de 2012 a las 10:30</p>', '2012-06-05T10:30:00'],
    ['<div class="meta">Veröffentlicht am 5. Juni 2012, 10:30 Uhr</div>', '2012-06-05T10:30:00'],
    ['<div class="info">Diterbitkan 5 Juni 2012</div>', '2012-06-05'],
    ['<span class="date">2012年6月5日 10:30</span>', '2012-06-05T10:30:00'],
    ['<div class="byline">Last updated 09:10 BST, Tue 5 June 2012</div>', '2012-06-05T09:10:00+01:00'],
  ])('%s', (byline, expected) => {
    expect(clean(page({ byline })).published).toBe(expected);
  });
});

describe('numeric dates in <time> elements', () => {
  it('reads them month first on a U.S. English page', () => {
    const html = page({ byline: '<p>By Ana Ruiz <time>06/04/2025</time></p>' });
    expect(clean(html.replace('<html>', '<html lang="en-US">')).published).toBe('2025-06-04');
    expect(clean(html.replace('<html>', '<html lang="en-GB">')).published).toBe('2025-04-06');
  });
});

describe('label words inside prose', () => {
  it('does not take a date that a sentence says was released or published', () => {
    const before = '';
    const byline = '<p>The survey, released March 4, 2019, showed port traffic fell 5% last year.</p>';
    expect(visibleOnly(page({ before, byline }))).toBeNull();
  });
});
