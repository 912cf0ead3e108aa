import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented partners a product was developed with, in English and German. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('the partner a product was developed with', () => {
  it('takes the name after "co-developed with", "developed jointly with" and the German forms', () => {
    expect(names('The chip was co-developed with Vexora last year.')).toEqual(['Vexora']);
    expect(names('The app was developed jointly with Brelton.')).toEqual(['Brelton']);
    expect(names('Die zusammen mit Vexora entwickelte App ist neu.')).toEqual(['Vexora']);
    expect(names('Das Projekt entsteht in Kooperation mit Brelton.')).toEqual(['Brelton']);
  });

  it('leaves a person, a plain "developed with" and a walk home together out', () => {
    expect(names('The film was developed with Anna Berg.')).toEqual([]);
    expect(names('The plan was developed with Brelton.')).toEqual([]);
    expect(names('Er ging zusammen mit Brelton nach Hause.')).toEqual([]);
  });
});
