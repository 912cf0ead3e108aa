import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// Made-up pages served the flattest way a site can: every line of the page one <p> of the body, with
// no title, no classes and no links, so only the lines' own form tells the story from the furniture.
const URL_ = 'https://harbour-bulletin.example/news/zinc-refinery';

function flatPage(lines: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${lines.map((l) => `<p>${l}</p>`).join('\n')}</body></html>`;
}

const body = (lines: string[]) => cleanHtml(flatPage(lines), URL_).blocks.map((b) => b.text);

const HEADLINE = 'Zinc refinery at Tarrow Point restarts second cell house after six-week outage';
const STORY = [
  'The Tarrow Point zinc refinery restarted its second cell house on Monday, six weeks after a transformer fault cut its output by half, the owner said.',
  'The plant produced 21,400 tonnes of zinc metal in the third quarter, down from 30,900 tonnes a year earlier, and expects to return to full rates by December.',
  'Shipments to buyers in Vietnam and Thailand were covered from stocks during the outage.',
  '"We lost most of September, but no customer lost a cargo," operations manager Dara Quint told reporters at the site.',
];

describe('flat pages: where the story ends', () => {
  it('drops a list of other stories\' headlines that follows the story under a bare "Read next"', () => {
    const page = [HEADLINE, ...STORY, 'Read next', 'Nickel pig iron prices slip 3% on weak steel demand', 'Port of Vellmar handles record 2.2 million tonnes of grain', 'Lead smelters in Ostria face new emissions limits'];
    expect(body(page)).toEqual([HEADLINE, ...STORY]);
  });

  it('drops an unlabelled run of title-like lines after the story when no story prose follows it', () => {
    const page = [HEADLINE, ...STORY, 'Copper cathode premium in Shanghai doubles to $80/t', 'Bauxite exports from Guinland rise 14% in October', 'Iron ore swaps slip below $98', 'Terms and conditions apply to all subscriptions.'];
    expect(body(page)).toEqual([HEADLINE, ...STORY]);
  });

  it('drops teaser cards that print the same headline twice, and what follows them', () => {
    const card = ['Salt miners in Drevia agree 9% wage rise', 'Business', 'Salt miners in Drevia agree 9% wage rise', 'The agreement ends a strike that closed three mines for most of the summer and cut exports by a quarter, the union said on Friday.'];
    const page = [HEADLINE, ...STORY, ...card, 'Read More', 'A second teaser that nobody wrote a headline for, long enough to read like the lede of another story entirely.'];
    expect(body(page)).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps the story\'s subheadings, one-line paragraphs, announced lists and table rows', () => {
    const page = [
      HEADLINE,
      STORY[0] as string,
      'Power supply',
      STORY[1] as string,
      'Output by quarter, in tonnes',
      'Quarter | 2025 | 2024',
      'Q2 | 27,100 | 29,800',
      'Q3 | 21,400 | 30,900',
      'The owner listed three conditions for a full restart:',
      'a new transformer on site',
      'grid approval for the higher load',
      'enough acid storage for a month',
      STORY[2] as string,
      'Buyers were told on Friday.',
      STORY[3] as string,
    ];
    expect(body(page)).toEqual(page);
  });

  it('leaves a structured page\'s lines to its markup: a short run at the end of an article is the article\'s', () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><nav><a href="/">Home</a> <a href="/metals">Metals</a></nav><article><h1>${HEADLINE}</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<p>Cell house one: 12,000 tonnes</p><p>Cell house two: 9,400 tonnes</p><p>Total: 21,400 tonnes</p></article><aside><p>Subscribe to the Harbour Bulletin morning note for the day's metals prices and shipping news.</p></aside></body></html>`;
    const out = cleanHtml(html, URL_).blocks.map((b) => b.text);
    expect(out.slice(-3)).toEqual(['Cell house one: 12,000 tonnes', 'Cell house two: 9,400 tonnes', 'Total: 21,400 tonnes']);
  });

  it('reads a nearly flat page the same way: story lines straight in the body beside a header and a footer', () => {
    const lines = [HEADLINE, ...STORY, 'Tin stocks in Penvale warehouses fall to 1,900 tonnes', 'Cobalt hydroxide payables rise for third week', 'Freight: Capesize rates ease 5% on the Atlantic route'];
    const html = `<html><body><header><a href="/">Harbour Bulletin</a> <a href="/metals">Metals</a></header>${lines.map((l) => `<p>${l}</p>`).join('')}<footer>© Harbour Bulletin</footer></body></html>`;
    expect(cleanHtml(html, URL_).blocks.map((b) => b.text)).toEqual([HEADLINE, ...STORY]);
  });

  it('drops a sponsor\'s line set among the story\'s paragraphs', () => {
    const page = [HEADLINE, STORY[0] as string, 'Sponsored: Meet the zinc buyers at the Ostria Metals Fair, 3-5 March', ...STORY.slice(1)];
    expect(body(page)).toEqual([HEADLINE, ...STORY]);
  });
});
