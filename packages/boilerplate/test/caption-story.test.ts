import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { captionStory } from '../src/caption-story.ts';

// Invented gallery stories whose text sits in the slides' captions.
const URL_ = 'https://www.moorgate.example/gallery/orchard-cooperative';
const TITLE = 'In pictures: Brenlow Orchards opens a cider mill';
const SLIDES = [
  'Brenlow Orchards opened its $14 million cider mill near Caddon on Friday, pressing apples from 38 member farms for the first time.',
  'The cooperative expects to sell 2.4 million litres of cider in its first year, with a third of it bound for buyers in Canada and Japan.',
  'A state grant paid $3 million of the cost, and Fallow Creek Bank lent the rest over twelve years at a fixed rate of 4.1 percent.',
  'Twenty-six people work at the mill. The cooperative says it will add a bottling line in 2027 if sales reach its target of $9 million.',
];
const page = (body: string) =>
  `<html><head><title>${TITLE} | Moorgate Herald</title></head><body><nav><a href="/">Home</a></nav><main><h1>${TITLE}</h1>${body}</main><footer>© Moorgate Herald</footer></body></html>`;
const doc = (body: string) => cleanHtml(page(body), URL_);

describe('a gallery story told in its slides', () => {
  it.each([
    ['figures with figcaptions', (t: string, k: number) => `<figure><img src="/${k}.jpg"><figcaption>${t}</figcaption></figure>`],
    ['slides with a counter and a credit', (t: string, k: number) => `<div class="slide"><img src="/${k}.jpg"><div class="slide-caption"><p>${t}</p></div><span class="count">${k + 1} / 4</span><span class="credit">Ana Ruiz / Moorgate Herald</span></div>`],
  ])('reads the captions as the story: %s', (_, slide) => {
    const d = doc(`<p class="intro">Photos from the opening day.</p><div class="gallery">${SLIDES.map(slide).join('')}</div>`);
    expect(d.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(SLIDES));
    expect(d.captions).not.toEqual(expect.arrayContaining([SLIDES[0]]));
  });

  it('keeps an ordinary story’s long photo captions as captions', () => {
    const body = SLIDES.map((s) => `<p>${s} ${s}</p>`).join('');
    const figs = SLIDES.slice(0, 3).map((s, k) => `<figure><img src="/${k}.jpg"><figcaption>${s}</figcaption></figure>`).join('');
    const d = doc(`${figs}<div class="body">${body}</div>`);
    expect(d.captions).toEqual(expect.arrayContaining(SLIDES.slice(0, 3)));
  });

  it('keeps short slide captions as captions', () => {
    expect(captionStory([{ kind: 'paragraph', text: 'Photos from the opening day.' }], ['The new press.', 'Apples waiting.', 'The bottling hall. 3 / 4'])).toBeNull();
  });

  it('leaves out a slide’s counter and credit', () => {
    const got = captionStory([], SLIDES.map((s, k) => `${s} ${k + 1} / 4 Ana Ruiz / Moorgate Herald`));
    expect(got?.blocks.map((b) => b.text)).toEqual(SLIDES);
  });
});
