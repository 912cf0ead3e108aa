import { describe, expect, it } from 'vitest';
import type { GoldFact } from '../bench-facts/gold.ts';
import { articleLoss, factContext, foldText, presentIn, foldForSearch } from '../bench-facts/cleaner-loss.ts';
import { scoreArticle, type PredictedFact } from '../bench-facts/match.ts';

// Made-up pages: an annotated body, and what a cleaner might make of the same page.
const truth = 'Harbourline Freight said on Tuesday it moved 3,400 tonnes of kelp.\n\nVolumes to Chile rose 12% last year.';
const cleaned = 'By Ada Quill | 4 March 2026\n\nHarbourline Freight said on Tuesday it moved 3,400 tonnes of kelp.\n\nCaption: a crane in Lisbon.';
const at = (text: string, body = truth) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });
const gold: GoldFact[] = [
  { type: 'tonnage', value: 3400, unit: 't', ...at('3,400 tonnes') },
  { type: 'percentage', value: 12, unit: '%', ...at('12%') },
  { type: 'country', value: 'CL', ...at('Chile') },
];
const fact = (type: PredictedFact['type'], value: number | string, text: string, unit: string | null = null) => ({ type, value, unit, range: null, confidence: 0.9, ...at(text, cleaned) });

describe('cleaner loss of the facts bench', () => {
  it('folds case, accents, punctuation and the spacing of scripts written without spaces', () => {
    expect(foldText('Crème  BRÛLÉE, 12%!')).toBe(' creme brulee 12 ');
    expect(foldText('港口 Alpha')).toBe(foldText('港口Alpha'));
  });

  it('takes a few words either side of a fact, within its sentence', () => {
    const text = 'First one ends here. Then the quick brown fox saw 40 hens near the old red barn today and left.';
    expect(factContext(text, text.indexOf('40'), text.indexOf('40') + 2)).toBe(' the quick brown fox saw 40 hens near the old red ');
  });

  it('finds a short line only as a whole line elsewhere', () => {
    const other = foldForSearch('Trade with Peru grew.\n\nPeru');
    const line = 'Peru';
    expect(presentIn(line, 0, 4, other)).toBe(true);
    expect(presentIn(line, 0, 4, foldForSearch('Trade with Peru grew.'))).toBe(false);
  });

  it('counts gold values the cleaner dropped and extracted values it leaked', () => {
    const predicted: PredictedFact[] = [fact('tonnage', 3400, '3,400 tonnes', 't'), fact('date', '2026-03-04', '4 March 2026'), fact('country', 'PT', 'Lisbon')];
    const loss = articleLoss(gold, truth, cleaned, scoreArticle(predicted, gold, truth));
    expect(loss.counts.percentage).toMatchObject({ gold: 1, dropped: 1, droppedMissed: 1 });
    expect(loss.counts.country).toMatchObject({ gold: 1, dropped: 1, found: 1, leaked: 1, leakedWrong: 1 });
    expect(loss.counts.tonnage).toMatchObject({ gold: 1, dropped: 0, found: 1, leaked: 0 });
    expect(loss.counts.date).toMatchObject({ found: 1, leaked: 1, leakedWrong: 1 });
    expect(loss.dropped.map((d) => d.sentence)).toContain('Volumes to Chile rose 12% last year.');
    expect(loss.leaked.find((l) => l.type === 'date')?.sentence).toBe('By Ada Quill | 4 March 2026');
  });
});
