import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// A template may wrap every paragraph in a component whose class name happens to hold a furniture
// word. Blocks sharing such a name that together hold most of the page's prose are the story.
const PARAS = [
  'Grain merchants in Tollbury said on Monday that barley prices had climbed for a third week, as dry weather in the east cut yields on early fields.',
  'The county’s largest buyer, Harrowfield Mills, told farmers it would pay more for malting barley delivered before the end of the month.',
  'Growers said the higher prices would not make up for the smaller harvest, and several asked the council to delay a planned rise in storage fees.',
  'The council’s rural committee will discuss the fees next week, its chair said, adding that no decision had been taken on the timing.',
];
const HEADLINE = 'Tollbury barley prices climb as dry spell cuts yields';
const doc = (main: string, aside = '') =>
  cleanHtml(
    `<!doctype html><html><head><title>${HEADLINE}</title></head><body><div class="site-header"><a href="/">Home</a> <a href="/farming">Farming</a></div>` +
      `<main>${main}</main>${aside}<div class="site-footer">© Tollbury Courier</div></body></html>`,
    'https://tollburycourier.example/farming/barley',
  );

describe('repeated blocks that hold the story', () => {
  it.each(['sponsored-text', 'social-text', 'StoryRail_text__q'])('paragraph components named %j keep the story', (name) => {
    const d = doc(`<h1>${HEADLINE}</h1><div class="story">${PARAS.map((p) => `<div class="${name}">${p}</div>`).join('')}</div>`);
    expect(d.isArticle, d.notArticleReason ?? '').toBe(true);
    for (const p of PARAS) expect(d.bodyText).toContain(p);
  });

  it.each(['subscription-text', 'newsletter-copy', 'promo-text'])('a prose-holding family (%j) is trusted under the headline', (name) => {
    const d = doc(`<article><h1>${HEADLINE}</h1>${PARAS.map((p) => `<div class="${name}">${p}</div>`).join('')}</article>`);
    expect(d.isArticle, d.notArticleReason ?? '').toBe(true);
    for (const p of PARAS) expect(d.bodyText).toContain(p);
  });

  it('a promo box of several paragraphs beside the headline is not trusted', () => {
    const prompt = [
      'Our reporters cover every parish council, farm sale and planning meeting in the county, and we want to keep doing it for years to come.',
      'Readers who join for a small monthly sum get every story first, a weekly letter from the editor and invitations to our summer show.',
      'Join today and help keep local reporting alive in the towns and villages that the national papers have long since stopped visiting.',
    ];
    const d = doc(`<div class="hd"><h1>${HEADLINE}</h1><p>${PARAS[0]}</p></div>`, `<div class="box">${prompt.map((p) => `<div class="promo-text">${p}</div>`).join('')}</div>`);
    for (const p of prompt) expect(d.bodyText).not.toContain(p);
  });

  it('a long comment thread under a short story stays out', () => {
    const comments = Array.from({ length: 6 }, (_, i) =>
      `<div class="comment"><span class="who">Reader ${i}</span><div>I have farmed near Tollbury for thirty years and I have never seen the early fields this dry, nor the merchants this keen to buy before harvest is even in.</div></div>`,
    ).join('');
    const d = doc(`<h1>${HEADLINE}</h1><div class="story"><p>${PARAS[0]}</p><p>${PARAS[1]}</p></div><div class="thread">${comments}</div>`);
    expect(d.bodyText).toContain(PARAS[0]);
    expect(d.bodyText).not.toContain('I have farmed near Tollbury');
  });

  it('teaser cards with summaries are never taken for the story', () => {
    const cards = Array.from({ length: 5 }, (_, i) =>
      `<div class="related-card"><h3><a href="/farming/${i}">Harvest report number ${i} from the eastern parishes</a></h3><div>Yields were mixed across the parishes this week, growers said, with the driest fields faring worst and the river meadows holding up.</div></div>`,
    ).join('');
    const d = doc(`<h1>${HEADLINE}</h1><div class="story">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div class="more">${cards}</div>`);
    for (const p of PARAS) expect(d.bodyText).toContain(p);
    expect(d.bodyText).not.toContain('Yields were mixed');
  });
});
