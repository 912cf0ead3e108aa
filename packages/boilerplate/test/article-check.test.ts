import { describe, expect, it } from 'vitest';
import type { Block } from '@newsfacts/core';
import { notArticleReason, type ArticleSignals } from '../src/article-check.ts';

const para = (chars: number): Block => ({ kind: 'paragraph', text: 'x'.repeat(chars), start: 0, end: chars });
const signals = (over: Partial<ArticleSignals>): ArticleSignals => ({
  blocks: [para(300)],
  titles: ['Quota cut'],
  declaresArticle: false,
  declaresListing: false,
  droppedHeadlineLinks: 0,
  teaserCards: 0,
  ...over,
});

describe('notArticleReason', () => {
  it('accepts an ordinary article', () => {
    expect(notArticleReason(signals({}))).toBeNull();
  });

  it.each(['Page not found | Site', 'Oops! That page can’t be found.', 'Error 404', '404 - Page Not Found', 'Not Found', 'Seite nicht gefunden'])(
    'flags the error title %j',
    (title) => {
      expect(notArticleReason(signals({ titles: [title] }))).toMatch(/^error page/);
    },
  );

  it.each(['Flight 404 lands safely', 'Missing miner cannot be found', 'Drug no longer available in UK'])(
    'reads %j as a headline, not an error',
    (title) => {
      expect(notArticleReason(signals({ titles: [title] }))).toBeNull();
    },
  );

  it('a long page is an article whatever its title says', () => {
    expect(notArticleReason(signals({ titles: ['Page not found'], blocks: [para(2000)] }))).toBeNull();
  });

  it('flags a thin body among teaser cards, and a body made of headline links', () => {
    expect(notArticleReason(signals({ teaserCards: 6, blocks: [para(100)] }))).toMatch(/^index page/);
    expect(notArticleReason(signals({ droppedHeadlineLinks: 12, blocks: [para(100), para(100)] }))).toMatch(/^index page/);
    // An article that declares itself one tolerates more inline "Read more" links.
    const withLinks = signals({ droppedHeadlineLinks: 5, blocks: [para(300), para(300), para(300), para(300)], declaresArticle: true });
    expect(notArticleReason(withLinks)).toBeNull();
  });

  it('flags too little text', () => {
    expect(notArticleReason(signals({ blocks: [para(60)] }))).toMatch(/^too little text/);
    expect(notArticleReason(signals({ blocks: [] }))).toMatch(/^too little text/);
  });
});
