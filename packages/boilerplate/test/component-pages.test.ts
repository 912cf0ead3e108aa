import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// Enterprise CMS and app templates put every paragraph in its own component: a wrapper div per block,
// with the design system's class names, ad slots and related cards between them, few <p> or <article>.
// Invented pages, one story told in each template's markup.
const PARAS = [
  'The Brackwater ferry company said on Thursday that it would add a second evening sailing to the islands from May, after bookings rose by a fifth last summer.',
  'Its chief executive, Nia Corrigan, told shareholders that fuel costs had eased and that the new timetable would pay for itself within two seasons.',
  'Island councillors welcomed the plan but asked for cheaper fares for residents, who they say have paid more each year for a service they cannot avoid.',
  'The company will also refit its oldest vessel over the winter, taking it out of service for six weeks while a spare ship covers the crossing.',
];
const HEADLINE = 'Brackwater ferries add evening sailing to the islands';
const page = (body: string) =>
  `<!doctype html><html><head><title>${HEADLINE}</title></head><body>` +
  '<div class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>' +
  body +
  '<div class="site-footer">© Brackwater Evening Post. All rights reserved.</div></body></html>';
const clean = (body: string) => cleanHtml(page(body), 'https://brackwaterpost.example/news/ferries');

function expectStory(body: string): void {
  const doc = clean(body);
  expect(doc.isArticle, doc.notArticleReason ?? '').toBe(true);
  for (const p of PARAS) expect(doc.bodyText).toContain(p);
  expect(doc.bodyText).not.toMatch(/Advertisement|Free parking at the harbour/);
}

const related = '<a href="/news/parking">Free parking at the harbour car park ends next month for visitors</a>';

describe('stories split across components', () => {
  it('Adobe Experience Manager core components: a cmp-text per paragraph inside the responsive grid', () => {
    const text = (p: string, i: number) =>
      `<div class="text aem-GridColumn aem-GridColumn--default--8"><div id="text-${i}" class="cmp-text" data-cmp-data-layer="{}"><p>${p}</p></div></div>`;
    expectStory(
      '<div class="root container responsivegrid"><div class="cmp-container"><div class="aem-Grid aem-Grid--12">' +
        `<div class="title aem-GridColumn"><div class="cmp-title"><h1 class="cmp-title__text">${HEADLINE}</h1></div></div>` +
        PARAS.slice(0, 2).map(text).join('') +
        '<div class="advertisement aem-GridColumn"><div class="cmp-advertisement"><span>Advertisement</span></div></div>' +
        `<div class="teaser aem-GridColumn"><div class="cmp-teaser"><h3 class="cmp-teaser__title">${related}</h3></div></div>` +
        PARAS.slice(2).map((p, i) => text(p, i + 2)).join('') +
        '</div></div></div>',
    );
  });

  it('AEM content fragments: paragraphs as divs in a dd, one fragment per grid column', () => {
    const fragment = (ps: string[]) =>
      '<div class="contentfragment aem-GridColumn"><article class="cmp-contentfragment"><div class="cmp-contentfragment__elements"><dd class="cmp-contentfragment__element-value">' +
      ps.map((p) => `<div class="cmp-contentfragment__paragraph">${p}</div>`).join('') +
      '</dd></div></article></div>';
    expectStory(
      `<div class="cmp-container"><div class="aem-Grid"><div class="cmp-title"><h1 class="cmp-title__text">${HEADLINE}</h1></div>` +
        fragment(PARAS.slice(0, 1)) +
        '<div class="cmp-advertisement"><span>Advertisement</span></div>' +
        fragment(PARAS.slice(1)) +
        '</div></div>',
    );
  });

  it('a React app with CSS-module class names: paragraphs as divs between ad slots and related cards', () => {
    const para = (p: string) => `<div class="Paragraph_paragraph__q8Lz2" data-type="paragraph">${p}</div>`;
    expectStory(
      `<main class="Page_main__Xa01b"><h1 class="Headline_headline__9kTq0">${HEADLINE}</h1><div class="Body_body__c3Pn7">` +
        para(PARAS[0] as string) +
        '<div class="InlineAd_container__Tz8q5" data-component="ad-slot"><div class="InlineAd_label__y1">Advertisement</div></div>' +
        para(PARAS[1] as string) +
        `<aside class="RelatedCard_card__4Tq8c" data-component="related-card">${related}</aside>` +
        PARAS.slice(2).map(para).join('') +
        '</div></main>',
    );
  });

  it('Sitecore/Tridion-style components: each paragraph in its own component wrapper', () => {
    const comp = (p: string) => `<div class="tridion-component c-paragraph" data-component="ArticleParagraph"><div class="c-paragraph__text">${p}</div></div>`;
    expectStory(
      `<div class="region"><div class="c-article-header"><div class="c-heading" role="heading" aria-level="1">${HEADLINE}</div></div>` +
        '<div class="premium-content" data-component="PremiumContent">' +
        PARAS.slice(0, 2).map(comp).join('') +
        '<div class="tridion-component c-adslot" data-component="AdSlot"><div class="c-adslot__label">Advertisement</div></div>' +
        PARAS.slice(2).map(comp).join('') +
        '</div></div>',
    );
  });

  it('a rich-text field whose paragraphs are separated by line breaks', () => {
    expectStory(
      `<div class="component title"><h1>${HEADLINE}</h1></div>` +
        `<div class="component rich-text article-body"><div class="component-content"><div class="field-body">${PARAS.join('<br /><br />\n')}</div></div></div>`,
    );
  });
});
