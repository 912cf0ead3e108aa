import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { expectWellFormed } from './well-formed.ts';

// Hand-written expectations beside each page: fixtures/boilerplate/<case>.html + <case>.expected.json.
const dir = new URL('../../../fixtures/boilerplate/', import.meta.url);

interface Expected {
  about: string;
  url: string;
  feedPublished?: string;
  isArticle: boolean;
  notArticleReason?: string;
  title?: string;
  bodyText?: string;
  blocks?: Array<[string, string]>;
  blockKinds?: string[];
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
  captions?: string[];
  metadata?: Record<string, { value: string; source: string } | null>;
}

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();

describe('golden fixtures', () => {
  it('has the fixture set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Expected;
      const html = readFileSync(new URL(`${name}.html`, dir), 'utf8');
      const doc = cleanHtml(html, expected.url, { feedPublished: expected.feedPublished ?? null });
      expectWellFormed(doc);
      expect(doc.isArticle, doc.notArticleReason ?? '').toBe(expected.isArticle);
      if (expected.notArticleReason) expect(doc.notArticleReason).toMatch(new RegExp(expected.notArticleReason));
      if (expected.title !== undefined) expect(doc.title).toBe(expected.title);
      if (expected.bodyText !== undefined) expect(doc.bodyText).toBe(expected.bodyText);
      if (expected.blocks) expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual(expected.blocks);
      if (expected.blockKinds) expect(doc.blocks.map((b) => b.kind)).toEqual(expected.blockKinds);
      for (const s of expected.bodyMustContain ?? []) expect(doc.bodyText).toContain(s);
      for (const s of expected.bodyMustNotContain ?? []) expect(doc.bodyText).not.toContain(s);
      if (expected.captions) expect(doc.captions).toEqual(expected.captions);
      for (const [key, value] of Object.entries(expected.metadata ?? {})) {
        expect(doc.metadata[key as keyof typeof doc.metadata], key).toEqual(value);
      }
      if (expected.metadata?.published) expect(doc.published).toBe(expected.metadata.published.value);
      if (expected.metadata?.canonicalUrl) expect(doc.canonicalUrl).toBe(expected.metadata.canonicalUrl.value);
      if (expected.metadata?.lang) expect(doc.lang).toBe(expected.metadata.lang.value);
    });
  }
});
