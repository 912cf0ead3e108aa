import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// A made-up wire story on a template without helpful class names: the furniture must go by its
// wording alone, and the story's own clock times and event dates must stay.
const URL_ = 'https://news.example/2024/06/11/tin-smelter';
const STORY = [
  'The Korvale tin smelter cut output by 12% in May after a fire damaged one of its two furnaces, the company said on Tuesday.',
  'Repairs will cost about $40 million and take most of the summer, according to the plant manager.',
  'Buyers in Japan and South Korea have been told to expect smaller shipments until the furnace is back.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');

function body(inner: string): string[] {
  const doc = cleanHtml(`<html><head><title>Tin smelter cuts output after fire</title></head><body><div><h1>Tin smelter cuts output after fire</h1>${inner}</div></body></html>`, URL_);
  return doc.blocks.map((b) => b.text);
}

describe('story furniture judged by its wording', () => {
  it('leaves out staff credits, agency lines, gallery controls, bios and reprint notices', () => {
    const furniture = [
      '<p>Rosa Pell, AP Business Writer</p>',
      '<p>Image 1 of / 6</p><p>Caption</p><p>Close</p>',
      story,
      '<p>Reporting by Ilse Marrow; Editing by Tomas Quayle</p>',
      '<p>Haruto Wells contributed reporting from Nairobi.</p>',
      '<p>Ana Ruiz is a staff writer at the Lakeside Courier.</p>',
      '<p>This report may not be reproduced, copied or transmitted without written consent.</p>',
      '<p>Rating: 14 Votes</p>',
    ].join('');
    expect(body(furniture)).toEqual(STORY);
  });

  it('keeps the clock times of a running story and the dates of an event', () => {
    const running = `<p>3:40 p.m.</p>${story.slice(0, story.indexOf('</p>') + 4)}<p>Festival of light</p><p>2 March 2024 | 16 April 2024</p>`;
    expect(body(running)).toEqual(['3:40 p.m.', STORY[0], 'Festival of light', '2 March 2024 | 16 April 2024']);
  });
});
