import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", published on Friday 14 June 2024. */
const dates = (text: string) =>
  extractFacts({ text, published: '2024-06-14' }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a verb spelled alike in past and present', () => {
  it('reads as past after a subject and before its object, so a later month is last year’s', () => {
    expect(dates('In October, the brewer cut its dividend by a third.')).toEqual(['October=2023-10']);
    expect(dates('The shipyard shed 150 workers in September.')).toEqual(['September=2023-09']);
    expect(dates('Copper hit a two-year high in August.')).toEqual(['August=2023-08']);
  });

  it('stays a bare verb or a noun that looks ahead', () => {
    expect(dates('Lenders are expected to cut rates in September.')).toEqual(['September=2024-09']);
    expect(dates('The insurer will set its premiums in October.')).toEqual(['October=2024-10']);
  });
});
