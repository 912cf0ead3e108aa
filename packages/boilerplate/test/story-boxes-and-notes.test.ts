import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { addsFigures, figuresOf } from '../src/fact-box.ts';
import { judgeLine } from '../src/boilerplate-lines.ts';

// Made-up stories: a town's water budget, a glassworks' results and a paid newsletter's preview.
const URL_ = 'https://news.example/2025/03/04/water-budget';
const STORY = [
  'The Orrin Valley water board approved a $64 million budget on Monday, raising the average household bill by 3.8% from April.',
  'Most of the increase pays for a new filtration plant at Lake Cobb, which the board expects to open in 2027.',
  'Board member Talia Grubb voted against the plan, saying the reserve of $12 million was large enough to soften the rise.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');

function page(inner: string): string[] {
  const doc = cleanHtml(
    `<html><head><title>Water board passes $64 million budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
      `<div class="article-body"><h1>Water board passes $64 million budget</h1>${inner}</div>` +
      `<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ferry fares rise 5%</a></li><li><a href="/b">Mall sold for $20 million</a></li></ul></aside></body></html>`,
    URL_,
  );
  return doc.blocks.map((b) => b.text);
}

describe('fact boxes inside the story', () => {
  it('keeps a fact box whose figures the prose does not give', () => {
    const box = '<aside class="c-factbox"><h3>The budget in figures</h3><ul><li>Pipe renewals: $9.2 million</li><li>Debt repayments: $7.5 million, 11.7% of spending</li><li>Customers served: 41,300</li></ul></aside>';
    const blocks = page(`${story.slice(0, story.indexOf('</p>') + 4)}${box}${story.slice(story.indexOf('</p>') + 4)}`);
    expect(blocks).toEqual([STORY[0], 'The budget in figures', 'Pipe renewals: $9.2 million', 'Debt repayments: $7.5 million, 11.7% of spending', 'Customers served: 41,300', STORY[1], STORY[2]]);
  });

  it('leaves out a fact box that only restates the story, and an ad set inside a kept box', () => {
    const restating = '<div class="by-the-numbers"><ul><li>$64 million budget</li><li>3.8% higher bills</li><li>Plant opens 2027</li></ul></div>';
    expect(page(`${story}${restating}`)).toEqual(STORY);
    const withAd = '<aside class="factbox"><ul><li>Pipe renewals: $9.2 million</li><li>Debt repayments: $7.5 million</li></ul><div class="ad-slot">Advertisement</div></aside>';
    expect(page(`${story}${withAd}`)).toEqual([...STORY, 'Pipe renewals: $9.2 million', 'Debt repayments: $7.5 million']);
  });

  it('reads figures with their thousands separators and decimals folded', () => {
    expect([...figuresOf('Up 4.90% to 1,250 tonnes, or 1.250 in Europe, in 2025')]).toEqual(['4.9', '1250', '2025']);
    expect(addsFigures('Total: $64 million, up 3.8%', 'a $64 million budget, 3.8% higher')).toBe(false);
    expect(addsFigures('Reserve: $12 million; grants: $5.5 million; loans: $8 million', 'a reserve of $12 million')).toBe(true);
    expect(addsFigures('Opened in 2019', 'nothing here')).toBe(false);
  });
});

describe('a paid post cut by its paywall', () => {
  it('drops the paywall offer and the counters of a post', () => {
    for (const line of [
      'Keep reading with a 7-day free trial',
      'Subscribe to The Quarry Letter to keep reading this post and get 7 days of free access to the full archive. A paid plan costs $6 a month or $60 a year.',
      'This post is for paid subscribers',
      'Already a paid subscriber? Sign in',
      '812 views',
      '212 views0 comments',
      '1.2K likes · 14 comments',
    ]) expect(judgeLine(line)).toBe('drop');
  });

  it('keeps story sentences about reading and subscribers', () => {
    for (const line of [
      'Subscribers to the magazine kept reading despite a 20% price rise, the publisher said.',
      'The library said 812 views of its digital archive were recorded in March.',
      'Already a member of the cooperative, the bakery will now sell to its 40 shops.',
    ]) expect(judgeLine(line)).toBe('keep');
  });
});

describe('footnote calls in the text', () => {
  it('does not glue a footnote number to the figure before it, and keeps the note', () => {
    const doc = cleanHtml(
      `<html><head><title>Glassworks profit falls</title></head><body><article><h1>Glassworks profit falls</h1>` +
        `<p>Ardent Glass said its profit fell to $18 million in 2024<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1</a>, its lowest since the furnace fire of 2019.</p>` +
        `<p>Orders from carmakers dropped by a fifth, while sales of solar panel glass rose 14%<sup><a href="#fn2">[2]</a></sup> over the year.</p>` +
        `<p>The company plans to reopen its second furnace once energy prices ease, chief executive Noor Haddad told shareholders.</p>` +
        `<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>Profit before tax, restated in March.</p></div></div>` +
        `</article></body></html>`,
      'https://news.example/glass',
    );
    expect(doc.bodyText).toContain('$18 million in 2024, its lowest');
    expect(doc.bodyText).toContain('rose 14% over the year');
    expect(doc.bodyText).toContain('Profit before tax, restated in March.');
    expect(doc.bodyText).not.toMatch(/20241|14%\[2\]/);
  });

  it('keeps a linked number that is not a note call', () => {
    const doc = cleanHtml(
      `<html><head><title>Council vote</title></head><body><article><h1>Council vote</h1>` +
        `<p>The council approved the plan by <a href="#results">7</a> votes to 2 after a long debate about the harbour wall and its cost.</p>` +
        `<p>Work on the wall will start in the spring and is due to finish before the winter storms, the harbour master said.</p>` +
        `</article></body></html>`,
      'https://news.example/vote',
    );
    expect(doc.bodyText).toContain('by 7 votes to 2');
  });
});

describe('a picture box inside the story', () => {
  // general-gold page 99 (an invented newsletter post): its picture sits in a linked box whose
  // figcaption the table sets apart as a caption
  it('keeps the caption of a picture wrapped in a linked box, without its buttons', () => {
    const source = readFileSync(new URL('../../../fixtures/general-gold/src/99-slipway-aluminium-gulf-imports.html', import.meta.url), 'utf8');
    const doc = cleanHtml(source.replaceAll('⟦', '').replaceAll('⟧', ''), 'https://slipwayletter.example/p/europe-aluminium-gulf-imports');
    expect(doc.captions).toEqual(['Ingots waiting for shipment at the port of Jebel Ali.']);
  });
});

describe('meta lines of newsletter platforms and print notes', () => {
  it('drops reading-time lines joined to a date, short-form counts and print-edition notes', () => {
    expect(judgeLine('6 min read · Apr 2, 2025')).toBe('dateline');
    expect(judgeLine('Apr 2, 2025 • 6 min read')).toBe('dateline');
    // out of the body, its print date kept only as a last resort for the page's date
    expect(judgeLine('A version of this article appears in print on April 3, 2025, Section C, Page 2.')).toBe('dateline');
    for (const line of [
      '2.4K',
      '5.1K Followers',
      'This story appeared in the April 3 print edition of the Fenmoor Gazette.',
      'This article first appeared in print.',
      'Print edition: Page 14',
      'From the print edition',
    ]) expect(judgeLine(line)).toBe('drop');
  });

  it('keeps story sentences about print and counts', () => {
    for (const line of [
      'The claims appeared in print media across the province before the regulator stepped in, and shares fell 6%.',
      'The print edition of the Gazette will cost 2.80 pounds from May, up from 2.50, the publisher said.',
      'Print edition sales fell 9% to 38,000 copies a day in 2024.',
    ]) expect(judgeLine(line)).toBe('keep');
  });
});

describe('the page links of a paginated story', () => {
  it('drops page counters and page links printed as text, and keeps sentences about pages', () => {
    for (const line of ['Page 1 of 3', 'Pages: 1 2 3', '1 2 3 Next', '« Prev 1 2 Next »', 'Continue to page 2', 'Page 1 of 2 Next page »'])
      expect(judgeLine(line)).toBe('drop');
    for (const line of ['Page 4 of the filing shows a 7% rise in legal costs.', 'Pages 20 to 22 list the 2025 tenders'])
      expect(judgeLine(line)).toBe('keep');
  });
});

describe('the text of a slideshow box', () => {
  it('keeps a slide counter apart from the caption before it', () => {
    const slides =
      '<div class="gallery"><div class="slide"><img src="/1.jpg"><p class="slide-text">The filtration works at Cobb Point, opened in 2004.</p><span>1 of 2</span></div>' +
      '<div class="slide"><img src="/2.jpg"><p class="slide-text">Divers inspect the intake pipe.</p><span>2 of 2</span></div></div>';
    const doc = cleanHtml(
      `<html><head><title>Water board passes $64 million budget</title></head><body><article><h1>Water board passes $64 million budget</h1><div class="post-body"><p>${STORY[0]}</p>${slides}<p>${STORY[1]}</p><p>${STORY[2]}</p></div></article></body></html>`,
      URL_,
    );
    expect(doc.captions.join(' ')).toContain('opened in 2004. 1 of 2');
    expect(doc.captions.join(' ')).not.toContain('2004.1');
  });
});
