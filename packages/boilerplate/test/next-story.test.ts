import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// Invented stories: a story with the next one printed flat below it in the same container, as
// "next story" templates do, with no <article> of its own.
const URL_ = 'https://www.fenmoor.example/business/brickworks-sale';
const TITLE = 'Rushby Brick sells its Calder brickworks to Ostvik Group for $48 million';
const STORY = [
  'Rushby Brick has agreed to sell its Calder brickworks to the Swedish building group Ostvik for $48 million, the company said on Monday.',
  'The plant made 62 million bricks last year, about a fifth of Rushby’s output, and employs 140 people who will move to the new owner.',
  'Ostvik plans to spend $9 million replacing the kilns with electric ones by 2028, cutting the site’s gas use by 70 percent, it said.',
];
const NEXT = [
  'The Harlan county board approved a 4 percent rise in water charges on Tuesday, the third increase in as many years, to pay for new mains.',
  'Households will pay about $38 a month from July, and the board will borrow $16 million from Tresham Bank to replace pipes laid in 1962.',
  'Two members voted against, saying the county should first sell its stake in the Harlan quarry, which an auditor valued at $5 million.',
];
const NEXT_HEAD = 'Harlan board lifts water charges for third year';
const paras = (ps: string[]) => ps.map((p) => `<p>${p}</p>`).join('');
const page = (body: string) =>
  `<html><head><title>${TITLE} | Fenmoor Daily</title></head><body><nav><a href="/">Home</a> <a href="/business">Business</a></nav>${body}<footer><p>© Fenmoor Daily</p></footer></body></html>`;
const texts = (html: string) => cleanHtml(html, URL_).blocks.map((b) => b.text);
const top = `<h1>${TITLE}</h1><p class="byline">By Ada Kersey</p>${paras(STORY)}`;

describe('a next story printed flat below the story', () => {
  it.each([
    ['an <h2> headline and a marked byline', `<h2>${NEXT_HEAD}</h2><p class="byline">By Tom Ewart</p>`],
    ['an <h3> headline and a plain "By" line', `<h3>${NEXT_HEAD}</h3><p>By Tom Ewart, County Reporter</p>`],
    ['a headline in a div, the byline and a stamp as plain text', `<div class="next-title">${NEXT_HEAD}</div><div>By Tom Ewart</div><div>June 3, 2025 at 4:10 p.m.</div>`],
  ])('ends the story where the next one begins: %s', (_, head) => {
    expect(texts(page(`<div class="stream">${top}${head}${paras(NEXT)}</div>`))).toEqual(STORY);
  });

  it('ends the story on a page with no container for it', () => {
    expect(texts(page(`${top}<h2>${NEXT_HEAD}</h2><p>By Tom Ewart</p>${paras(NEXT)}`))).toEqual(STORY);
  });

  it('keeps a story whose subheadings are followed by prose, not by a byline', () => {
    const got = texts(page(`<div class="body">${top}<h2>What the buyer plans</h2>${paras(NEXT)}</div>`));
    expect(got).toEqual([...STORY, 'What the buyer plans', ...NEXT]);
  });

  it('keeps a story that ends with a contributor line under a subheading', () => {
    const got = texts(page(`<div class="body">${top}<h3>Additional reporting</h3><p>By Lena Marsh in Stockholm</p></div>`));
    expect(got).toEqual(expect.arrayContaining(STORY));
  });

  it('leaves a live blog alone: every entry has its heading and byline', () => {
    const entry = (k: number) => `<h3>Update ${k}: council and quarry</h3><p>By Tom Ewart</p>${paras(NEXT)}`;
    const got = texts(page(`<div class="live">${top}${entry(1)}${entry(2)}${entry(3)}</div>`));
    expect(got).toEqual(expect.arrayContaining([...STORY, ...NEXT]));
  });
});
