import { expect } from 'vitest';
import { CleanDoc } from '@newsfacts/core';
import { BOILERPLATE_VERSION } from '../src/index.ts';

/** Checks what every CleanDoc must satisfy, whatever the page: the schema, and blocks that tile
 * bodyText exactly (offsets point at their text, blank lines between). */
export function expectWellFormed(doc: CleanDoc): void {
  expect(() => CleanDoc.parse(doc)).not.toThrow();
  expect(doc.boilerplateVersion).toBe(BOILERPLATE_VERSION);
  expect(doc.bodyText).toBe(doc.blocks.map((b) => b.text).join('\n\n'));
  for (const b of doc.blocks) {
    expect(doc.bodyText.slice(b.start, b.end)).toBe(b.text);
    expect(b.text.trim()).toBe(b.text);
    expect(b.text.length).toBeGreaterThan(0);
    expect(b.text).not.toContain('\n\n');
  }
  for (const c of doc.captions) expect(doc.bodyText).not.toContain(c);
  expect(doc.isArticle).toBe(doc.notArticleReason === null);
}
