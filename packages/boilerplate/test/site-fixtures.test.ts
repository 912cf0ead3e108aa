import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { expectWellFormed } from './well-formed.ts';

// The invented news site in fixtures/site (four outlet templates) with hand-written expectations.
const site = new URL('../../../fixtures/site/', import.meta.url);
const articles = new URL('articles/', site);
const base = 'http://127.0.0.1:8080';

interface SiteExpected {
  title: string;
  published: string;
  bodyMustContain: string[];
  bodyMustNotContain: string[];
}

/** The expected strings are written with the page's whitespace collapsed; so is the body here. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

const slugs = existsSync(articles)
  ? readdirSync(articles).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', '')).sort()
  : [];

describe.skipIf(slugs.length === 0)('fixture news site', () => {
  for (const slug of slugs) {
    it(`article ${slug}`, () => {
      const expected = JSON.parse(readFileSync(new URL(`${slug}.expected.json`, articles), 'utf8')) as SiteExpected;
      const html = readFileSync(new URL(`${slug}.html`, articles), 'utf8');
      const doc = cleanHtml(html, `${base}/articles/${slug}.html`);
      expectWellFormed(doc);
      expect(doc.isArticle, doc.notArticleReason ?? '').toBe(true);
      expect(doc.title).toBe(expected.title);
      // The site states the local calendar date; we keep the page's own offset, so they agree.
      expect(doc.published?.slice(0, 10)).toBe(expected.published);
      const body = flat(doc.bodyText);
      for (const s of expected.bodyMustContain) expect(body).toContain(flat(s));
      for (const s of expected.bodyMustNotContain) expect(body).not.toContain(flat(s));
    });
  }

  it('section front is not an article', () => {
    const doc = cleanHtml(readFileSync(new URL('index.html', site), 'utf8'), `${base}/`);
    expectWellFormed(doc);
    expect(doc.isArticle).toBe(false);
    expect(doc.notArticleReason).toMatch(/^index page/);
  });

  it('404 page is not an article', () => {
    const doc = cleanHtml(readFileSync(new URL('not-found.html', site), 'utf8'), `${base}/articles/missing.html`);
    expectWellFormed(doc);
    expect(doc.isArticle).toBe(false);
    expect(doc.notArticleReason).toMatch(/^error page/);
  });
});
