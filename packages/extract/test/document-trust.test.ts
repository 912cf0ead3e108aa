import { describe, expect, it } from 'vitest';
import { extractDocumentFacts, extractFacts, UNSURE_DOCUMENT_FACTOR } from '../src/index.ts';

const TEXT = 'Exports of copper fell 12% in March, the statistics office said on Friday.';
const doc = (over: object) => ({ bodyText: TEXT, isArticle: true, extraction: 'content' as const, extractionNote: null, ...over });

describe('facts of a document the cleaner was unsure of', () => {
  const plain = extractFacts({ text: TEXT, published: '2025-04-04' });

  it('finds the facts at all (the test text has some)', () => {
    expect(plain.some((f) => f.type === 'percentage' && f.value === 12)).toBe(true);
  });

  it('keeps the confidence of a body the content finder found', () => {
    expect(extractDocumentFacts(doc({}), '2025-04-04')).toEqual(plain);
  });

  it('lowers every fact of a fallback body, with the reason recorded', () => {
    const facts = extractDocumentFacts(doc({ extraction: 'fallback', extractionNote: 'fallback: took the largest text block' }), '2025-04-04');
    expect(facts).toHaveLength(plain.length);
    facts.forEach((f, i) => {
      // the raw score carries the doubt, so a newer fit re-scoring the stored fact keeps it
      expect(f.rawConfidence).toBeCloseTo((plain[i]?.rawConfidence ?? 0) * UNSURE_DOCUMENT_FACTOR, 10);
      expect(f.confidence).toBeLessThan(plain[i]?.confidence ?? 0);
      expect(f.reasons.at(-1)).toBe('body from the extraction fallback (fallback: took the largest text block)');
      expect(f.cues).toContain('doc:extraction-fallback');
    });
  });

  it('lowers the facts of an article kept in doubt', () => {
    const facts = extractDocumentFacts(doc({ extractionNote: 'looks like an index page (5 headline links beside 4 paragraphs)' }), '2025-04-04');
    expect(facts[0]?.reasons.at(-1)).toMatch(/^article kept in doubt/);
    expect(facts[0]?.confidence).toBeLessThan(plain[0]?.confidence ?? 0);
  });

  it('gives no facts for a page that is not an article', () => {
    expect(extractDocumentFacts(doc({ isArticle: false }), '2025-04-04')).toEqual([]);
  });
});
