import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const of = (type: string, text: string) =>
  extractFacts({ text, published: '2031-05-05' }).filter((f) => f.type === type).map((f) => [f.text, f.value]);

describe('names in trade stories', () => {
  it('ends a name run at a point after a two-capital unit or acronym', () => {
    expect(of('company', 'Mills there used some 40 MT. Jindal Steel plans a new furnace.')).toEqual([['Jindal Steel', 'Jindal Steel']]);
  });

  it('reads a country written with its accents', () => {
    expect(of('country', "Cocoa arrivals in Côte d'Ivoire slowed.")).toEqual([["Côte d'Ivoire", 'CI']]);
  });
});

describe('legal forms of trade companies', () => {
  it('reads Nordic and Baltic legal forms written in capitals', () => {
    expect(of('company', 'Daugava Timber SIA shipped more pulpwood.')).toEqual([['Daugava Timber SIA', 'Daugava Timber SIA']]);
    expect(of('company', 'Fjordlaks Eksport AS raised prices.')).toEqual([['Fjordlaks Eksport AS', 'Fjordlaks Eksport AS']]);
  });

  it('keeps a business whose name holds a body noun when a legal form ends it, even with its acronym defined', () => {
    const names = of('company', 'Harbour Board of Kestrel Ltd (HBKL) bought two cranes. HBKL said more would follow.').map(([, v]) => v);
    expect(names).toContain('Harbour Board of Kestrel Ltd');
  });

  it('still reads a body without a legal form as no company', () => {
    expect(of('company', 'The Harbour Board of Kestrel (HBK) met on Monday.')).toEqual([]);
  });
});
