import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { dropRepeatedBlocks } from '../src/repeated-blocks.ts';

// Invented stories; each page puts the story beside a structure that news sites use and that
// pollutes a story when read as prose: a second full story below it, pull quotes and repeat boxes.
const URL_ = 'https://www.quayside.example/business/ferry-yard-sale';
const TITLE = 'Marlow Ferries sells its repair yard to Deneb Marine for £7.2m';
const STORY = [
  'Marlow Ferries has sold its repair yard at Pellow Quay to the boatbuilder Deneb Marine for £7.2 million, the companies said on Thursday.',
  'The yard has repaired the ferry fleet since 1971. Marlow will rent two of its four slipways back for eight years at £310,000 a year.',
  'Deneb Marine, which builds pilot boats for ports in Norway and Ireland, plans to hire 60 welders and to spend £2.5m on a new shed by 2028.',
  'The council, which owns the quay, said the new lease would bring in about £45,000 a year more than the old one and keep the slipways open.',
];
const NEXT = [
  'Orrin Dairies said on Wednesday it would close its cheese plant at Hatherby with the loss of 85 jobs after milk prices rose 14% in a year.',
  'The company, which sells to supermarkets in Belgium and Spain, will move production to its larger site at Colwick by the end of March.',
  'Its owner, the French group Laiterie Besson, paid £19m for the business in 2020 and reported revenue of €2.1 billion last year.',
  'Union officials said they would meet managers on Friday to ask for redeployment at Colwick and for redundancy pay above the legal minimum.',
];
const paras = (ps: string[], tag = 'p') => ps.map((p) => `<${tag}>${p}</${tag}>`).join('');
const page = (body: string, title = TITLE) => `<html><head><title>${title} | The Quayside Post</title></head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>${body}<footer><p>© The Quayside Post</p></footer></body></html>`;
const texts = (html: string) => cleanHtml(html, URL_).blocks.map((b) => b.text);

describe('a second story rendered below the first', () => {
  const story = `<article><h1>${TITLE}</h1><p class="byline">By Jo Penrose</p>${paras(STORY)}</article>`;
  const next = (headline: string, tag = 'h1') => `<article><${tag}>${headline}</${tag}><p class="byline">By Sam Reddy</p>${paras(NEXT)}</article>`;

  it.each([
    ['an infinite-scroll stream under <main>', (s: string, n: string) => `<main>${s}<div>Loading…</div>${n}</main>`],
    ['two articles in one wrapper', (s: string, n: string) => `<div class="stream">${s}${n}</div>`],
    ['the next story headed by an <h2>', (s: string) => `<main>${s}${next('Orrin Dairies to close cheese plant', 'h2')}</main>`],
  ])('keeps only the story that holds the headline: %s', (_, build) => {
    expect(texts(page(build(story, next('Orrin Dairies to close cheese plant with 85 jobs lost'))))).toEqual(STORY);
  });

  it.each([
    ['div.story', 'div', 'story'],
    ['section.stream-item', 'section', 'stream-item'],
  ])('keeps the headline story among sibling containers of one kind (%s) when the next one is dated', (_, tag, cls) => {
    const own = `<${tag} class="${cls}"><h1>${TITLE}</h1>${paras(STORY)}</${tag}>`;
    const other = `<${tag} class="${cls}"><h2>Orrin Dairies to close cheese plant</h2><p>By Sam Reddy <time datetime="2024-05-01">1 May 2024</time></p>${paras(NEXT)}</${tag}>`;
    expect(texts(page(`<main>${own}${other}</main>`))).toEqual(STORY);
  });

  it('keeps a long story whose sections are sibling containers of one kind, headed but not dated', () => {
    const sections = [STORY, NEXT].map((ps, k) => `<section class="chapter">${k === 0 ? `<h1>${TITLE}</h1>` : '<h2>What comes next</h2>'}${paras(ps)}</section>`).join('');
    expect(texts(page(`<main>${sections}</main>`))).toEqual([...STORY, 'What comes next', ...NEXT]);
  });

  it('leaves a live blog alone: its entries are articles, the headline sits above them', () => {
    const entries = [STORY, NEXT].map((ps, k) => `<article class="entry"><h3>Update ${k + 1}</h3>${paras(ps)}</article>`).join('');
    const got = texts(page(`<main><h1>${TITLE}</h1>${entries}</main>`));
    expect(got).toEqual(expect.arrayContaining([...STORY, ...NEXT]));
  });

  it('leaves a story with small teaser articles inside it whole', () => {
    const teaser = '<article class="card"><h3><a href="/x">Harbour dues to rise</a></h3><p>Port fees go up in April.</p></article>';
    const html = page(`<main><article><h1>${TITLE}</h1>${paras(STORY.slice(0, 2))}${teaser}${paras(STORY.slice(2))}</article></main>`);
    expect(texts(html)).toEqual(expect.arrayContaining(STORY));
  });

  it('leaves two stories alone when neither holds the headline', () => {
    const html = page(`<main>${next('Orrin Dairies to close cheese plant with 85 jobs lost')}${next('Second plant to close')}</main>`, 'Business news');
    expect(texts(html)).toEqual(expect.arrayContaining(NEXT));
  });
});

describe('pull quotes and boxes that repeat the story', () => {
  it('leaves out a pull quote marked as one', () => {
    const quote = '<blockquote class="pullquote"><p>“We will rent two of the four slipways back.”</p><cite>Chief executive, Marlow Ferries</cite></blockquote>';
    const html = page(`<article><h1>${TITLE}</h1>${paras(STORY.slice(0, 2))}${quote}${paras(STORY.slice(2))}</article>`);
    expect(texts(html)).toEqual(STORY);
  });

  it.each([
    ['key-points', '<div class="key-points"><h3>Key points</h3><ul><li>Yard sold for nearly £7.5m</li><li>Slipways rented back for eight years</li></ul></div>'],
    ['story-highlights', '<ul class="story-highlights"><li>Sale worth more than £7m</li><li>60 welding jobs by 2028</li></ul>'],
    ['factbox', '<div class="factbox"><h4>By the numbers</h4><p>£7.2m: the price</p><p>1971: the year the yard opened</p><p>£9m: orders this year</p></div>'],
  ])('leaves out a box that sums up the story (%s)', (_, box) => {
    const html = page(`<article><h1>${TITLE}</h1>${box}${paras(STORY)}</article>`);
    expect(texts(html)).toEqual(STORY);
  });

  it.each([
    ['a blockquote', (s: string) => `<blockquote><p>${s}</p></blockquote>`],
    ['an unnamed box', (s: string) => `<div class="Quote_box__x1"><span>“${s}”</span></div>`],
    ['a key points list', (s: string) => `<ul><li>${s}</li></ul>`],
  ])('drops %s that prints again a sentence the story holds', (_, box) => {
    const html = page(`<article><h1>${TITLE}</h1>${paras(STORY.slice(0, 2))}${box('Marlow will rent two of its four slipways back for eight years at £310,000 a year')}${paras(STORY.slice(2))}</article>`);
    expect(texts(html)).toEqual(STORY);
  });

  it('keeps short lines, whole repeated paragraphs and new text', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: STORY[0] as string },
      { kind: 'quote' as const, text: 'the companies said' },
      { kind: 'quote' as const, text: 'The yard will close for a refit in the winter, Marlow said in a statement.' },
      { kind: 'paragraph' as const, text: STORY[0] as string },
    ];
    expect(dropRepeatedBlocks(blocks)).toEqual(blocks);
  });
});
