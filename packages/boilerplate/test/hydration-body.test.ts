import { describe, expect, it } from 'vitest';
import { appDataScripts, hydrationBody } from '../src/hydration-body.ts';
import { cleanHtml } from '../src/index.ts';

const TITLE = 'Fernhollow bus depot to close as operator merges routes';
const STORY = [
  'The Fernhollow bus depot will close in the autumn after its operator, Greyline Coaches, said on Friday that it would run the town’s routes from a larger site nearby.',
  'About forty drivers will be offered jobs at the other depot, the company said, and no route will lose a service, though some early buses will leave a few minutes later.',
  'Councillors said they would ask Greyline to keep a small workshop in Fernhollow, so that broken-down buses do not have to be towed across the valley for repairs.',
  'The depot site, owned by the company since the 1970s, is expected to be sold for housing once the buses have gone, a spokeswoman for Greyline said.',
];
const nextData = (body: unknown) => JSON.stringify({ props: { pageProps: { story: { headline: TITLE, body } } }, page: '/[slug]', buildId: 'x1' });

describe('hydrationBody', () => {
  it('reads a list of paragraph objects, skipping ads and embeds between them', () => {
    const body = STORY.flatMap((t, i) => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }, ...(i === 1 ? [{ type: 'ad', slot: 'inline-1' }, { type: 'related', url: '/news/other', title: 'Another story' }] : [])]);
    expect(hydrationBody([nextData(body)], [TITLE])?.map((b) => b.text)).toEqual(STORY);
  });

  it('reads a body shipped as one HTML string, or as plain strings', () => {
    expect(hydrationBody([nextData(STORY.map((t) => `<p>${t.replace('forty', '<b>forty</b>')}</p>`).join(''))], [TITLE])?.[1]?.text).toBe(STORY[1]);
    expect(hydrationBody([nextData(STORY)], [TITLE])).toHaveLength(4);
  });

  it('takes no list that does not tell the headline’s story, nor a short one', () => {
    const others = [
      'The harbour festival drew a record crowd on Saturday, with tall ships moored along the quay and stalls selling smoked fish.',
      'Organisers said the fireworks would return next year after a break forced by the weather, and thanked the volunteers who ran the stalls.',
      'A lifeboat crew gave tours of their station all afternoon, and children queued to ring the bell that once warned ships off the rocks.',
      'The festival raised money for the sailing club, which plans to buy two training dinghies for young members before the summer.',
    ];
    expect(hydrationBody([nextData(others)], [TITLE])).toBeNull();
    expect(hydrationBody([nextData(STORY.slice(0, 2))], [TITLE])).toBeNull();
    expect(hydrationBody(['{"broken": '], [TITLE])).toBeNull();
  });

  it('finds the data scripts in the page source', () => {
    expect(appDataScripts('<script id="__NEXT_DATA__" type="application/json">{"a":1}</script><script>var x</script><script type="application/ld+json">{}</script>')).toEqual(['{"a":1}']);
  });
});

describe('cleanHtml on a page rendered in the browser', () => {
  const data = nextData(STORY.map((text) => ({ type: 'paragraph', text })));
  const page = (root: string) =>
    `<!doctype html><html><head><title>${TITLE} | Valley Wire</title></head><body><div id="__next">${root}</div><script id="__NEXT_DATA__" type="application/json">${data}</script></body></html>`;

  it('an empty app shell: the story comes from the shipped data, flagged', () => {
    const doc = cleanHtml(page('<header><a href="/">Valley Wire</a></header><div class="skeleton"></div>'), 'https://valleywire.example/news/depot');
    expect(doc.isArticle, doc.notArticleReason ?? '').toBe(true);
    expect(doc.bodyText).toBe(STORY.join('\n\n'));
    expect(doc.extraction).toBe('fallback');
    expect(doc.extractionNote).toMatch(/app's page data/);
  });

  it('a page that shows its story keeps the visible text', () => {
    const doc = cleanHtml(page(`<main><h1>${TITLE}</h1>${STORY.map((t) => `<div class="para">${t}</div>`).join('')}</main>`), 'https://valleywire.example/news/depot');
    expect(doc.extraction).toBe('content');
  });
});
