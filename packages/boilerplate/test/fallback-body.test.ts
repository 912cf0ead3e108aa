import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { judgeArticle } from '../src/article-check.ts';
import { expectWellFormed } from './well-formed.ts';

const URL_ = 'https://news.example/2025/03/02/story';
const SHORT_LINES = ['Snow on the northern hills', 'Roads closed above the lakes', 'Schools shut in three valleys', 'Power lines down near the pass',
  'Trains running with delays', 'Ferries kept in harbour', 'Shelters opened in the old market'];

describe('the fallback when the content finder finds nothing it trusts', () => {
  it('short lines without sentence marks: the largest text block, flagged', () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/w">Weather</a></nav><div>${SHORT_LINES.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
    const doc = cleanHtml(html, URL_);
    expectWellFormed(doc);
    expect(doc.extraction).toBe('fallback');
    expect(doc.extractionNote).toMatch(/^fallback: no element held prose; took /);
    expect(doc.blocks.map((b) => b.text)).toEqual(SHORT_LINES);
    expect(doc.isArticle).toBe(true);
  });

  it('all the prose inside a wrapper named like a comment thread: kept, flagged', () => {
    const prose = 'The river rose by two metres overnight, and the town council opened the flood barriers before dawn. ' +
      'Residents of the lower streets were asked to move cars to higher ground by noon.';
    const doc = cleanHtml(`<html><body><div class="comments-area"><p>${prose}</p></div></body></html>`, URL_);
    expect(doc.bodyText).toBe(prose);
    expect(doc.extraction).toBe('fallback');
  });

  it('a page of menus only: no body, and the document says why', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`).join('');
    const doc = cleanHtml(`<html><body><nav><ul>${links}</ul></nav><footer><a href="/about">About us</a></footer></body></html>`, URL_);
    expect(doc.bodyText).toBe('');
    expect(doc.isArticle).toBe(false);
    expect(doc.extraction).toBe('none');
    expect(doc.extractionNote).toBeTruthy();
  });

  it('an article found by the content finder is not flagged', () => {
    const p = '<p>The harbour authority said on Monday that cargo volumes rose by a tenth last year, helped by new routes to the south.</p>';
    const doc = cleanHtml(`<html><body><article><h1>Cargo up</h1>${p.repeat(3)}</article></body></html>`, URL_);
    expect(doc.extraction).toBe('content');
    expect(doc.extractionNote).toBeNull();
  });
});

describe('article or not: when in doubt, keep', () => {
  const para = (chars: number) => ({ kind: 'paragraph' as const, text: 'x'.repeat(chars), start: 0, end: chars });
  const base = { titles: ['Quota cut'], declaresArticle: false, declaresListing: false, teaserCards: 0 };

  it('a story with a few related links among real paragraphs is kept, with the doubt noted', () => {
    const verdict = judgeArticle({ ...base, blocks: [para(300), para(300), para(300)], droppedHeadlineLinks: 5 });
    expect(verdict.reason).toBeNull();
    expect(verdict.doubt).toMatch(/^looks like an index page \(5 headline links beside 3 paragraphs/);
  });

  it('a body of headline links with a line or two is still an index', () => {
    expect(judgeArticle({ ...base, blocks: [para(120), para(90)], droppedHeadlineLinks: 12 }).reason).toMatch(/^index page/);
  });
});
