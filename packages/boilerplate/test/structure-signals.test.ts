import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';

// Signals that hold on templates whose class names we never saw: tags and schema.org microdata.
const URL_ = 'https://news.example/2024/06/11/harbour';
const STORY = [
  'The harbour board approved a new ferry terminal on Tuesday, ending a planning dispute that had run for three years.',
  'Building will start in the autumn and the terminal should open in two years, the board said in a statement.',
  'The old terminal will stay in use until then, with a shuttle bus to the town centre every twenty minutes.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');

describe('structure signals without class names', () => {
  it('a comment thread marked with schema.org microdata is not the article', () => {
    const comment = '<div itemscope itemtype="https://schema.org/Comment"><p>I have waited for this terminal for years, and I think the bus is a good idea for the winter.</p></div>';
    const doc = cleanHtml(`<html><body><article><h1>Terminal approved</h1>${story}<section>${comment.repeat(3)}</section></article></body></html>`, URL_);
    expect(doc.blocks.map((b) => b.text)).toEqual(STORY);
  });

  it('a form beside the article is left out; a page wrapped whole in one form keeps its article', () => {
    const form = '<form action="/mail"><p>Send this story to a friend, with a message of your own, by filling in their address.</p><input name="to"></form>';
    const beside = cleanHtml(`<html><body><div><h1>Terminal approved</h1>${story}${form}</div></body></html>`, URL_);
    expect(beside.blocks.map((b) => b.text)).toEqual(STORY);
    const wrapped = cleanHtml(`<html><body><form action="/page.aspx"><div><h1>Terminal approved</h1>${story}</div></form></body></html>`, URL_);
    expect(wrapped.blocks.map((b) => b.text)).toEqual(STORY);
  });
});

describe('a story inside a subscriber-only block', () => {
  it('is the body, not a subscription prompt', () => {
    const paragraphs = Array.from({ length: 6 }, (_, k) => `<p>Paragraph ${k + 1} of the report says the regional co-op added ${k + 3} grain bins and hired ${k + 10} seasonal drivers before the harvest began.</p>`).join('');
    const html = `<html><body><nav><a href="/">Home</a></nav><h1>Co-op expands before harvest</h1><div id="article-body"><div class="subscriber-only">${paragraphs}</div></div><div class="subscribe-box"><p>Subscribe today for unlimited access.</p></div></body></html>`;
    const doc = cleanHtml(html, 'https://gazette.example/news/coop');
    expect(doc.isArticle).toBe(true);
    expect(doc.bodyText).toContain('Paragraph 6 of the report');
    expect(doc.bodyText).not.toContain('unlimited access');
  });
});
