import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented German lists of firms after the plural of their kind. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('German lists after a plural of businesses and "wie"', () => {
  it('takes every member, an article before one of them included', () => {
    expect(names('Das Netzwerk umfasst Betreibergesellschaften wie Vexora, die Brelton Kliniken und Quorvell.')).toEqual(['Vexora', 'Brelton Kliniken', 'Quorvell']);
    expect(names('Hersteller wie Vexora, Brelton und Quorvell erhöhen die Preise.')).toEqual(['Vexora', 'Brelton', 'Quorvell']);
  });

  it('leaves lists of towns and of singers out', () => {
    expect(names('Städte wie Vexora, Brelton und Quorvell erhöhen die Steuern.')).toEqual([]);
    expect(names('Sänger wie Anna Berg und Jan Roe treten auf.')).toEqual([]);
    expect(names('Betreiber wie Vexora und das Universitätsklinikum Brelton machen mit.')).toEqual(['Vexora']);
  });
});
