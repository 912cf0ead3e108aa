import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/index.ts';
import { browserText, containsRun, words } from './browser-text.ts';

// Hand-written malformed and old-markup pages: fixtures/boilerplate/malformed/<case>.html, with
// <case>.json saying what the page is and which phrases a reader sees in its article.
const dir = new URL('../../../../fixtures/boilerplate/malformed/', import.meta.url);

interface Expected {
  about: string;
  url: string;
  isArticle: boolean;
  /** The article is all the page shows: the body must be the browser's text, word for word. */
  wholeBody?: boolean;
  /** The browser shows no article: the body is empty and the document says why. */
  emptyBody?: boolean;
  mustInclude?: string[];
  mustExclude?: string[];
}

const cases = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();

describe('malformed and old markup, against the text parse5 shows for the same bytes', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Expected;
      const html = readFileSync(new URL(`${name}.html`, dir), 'utf8');
      const shown = words(browserText(html));
      const doc = cleanHtml(html, expected.url);
      const body = words(doc.bodyText);

      expect(doc.isArticle, doc.notArticleReason ?? '').toBe(expected.isArticle);
      // Nothing the browser does not show, and in the browser's order: every block is a run of its words.
      for (const block of doc.blocks) expect(containsRun(shown, words(block.text)), block.text).toBe(true);
      for (const phrase of expected.mustInclude ?? []) {
        expect(containsRun(shown, words(phrase)), `the browser shows ${phrase}`).toBe(true);
        expect(containsRun(body, words(phrase)), `the body keeps ${phrase}`).toBe(true);
      }
      for (const phrase of expected.mustExclude ?? []) expect(containsRun(body, words(phrase)), phrase).toBe(false);
      if (expected.wholeBody) {
        // The headline repeating the <title> is metadata, not body text.
        const title = words(doc.title ?? '');
        const rest = containsRun(shown.slice(0, title.length), title) && !containsRun(body, title) ? shown.slice(title.length) : shown;
        expect(body.join(' ')).toBe(rest.join(' '));
      }
      if (expected.emptyBody) {
        expect(doc.bodyText).toBe('');
        expect(doc.extraction).toBe('none');
        expect(doc.extractionNote).toBeTruthy();
      } else {
        // Never empty when the browser shows text.
        expect(doc.bodyText.length).toBeGreaterThan(0);
      }
    });
  }
});
