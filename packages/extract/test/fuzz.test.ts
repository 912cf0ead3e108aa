import fc from 'fast-check';
import { describe, it } from 'vitest';
import { extractProperties } from './fuzz/extract-properties.ts';

// Thousands of cases per CI run; `pnpm fuzz --runs N` runs the same properties for longer. A failure
// prints the seed and path that replay it: fc.assert(property, { seed, path }).
const RUNS: Record<keyof typeof extractProperties, number> = {
  'extractFacts on article-like text': 1500,
  'extractFacts on arbitrary strings': 5000,
  'cleanHtml then extractFacts on mutated fixture pages': 400,
  // Each case is a page of a few hundred kilobytes: a handful here, thousands with `pnpm fuzz`.
  'extractFacts and the caps on one sentence repeated thousands of times': 8,
  'cleanHtml, extractFacts and the caps on pages with a huge table': 6,
};

describe('fuzz', () => {
  for (const [name, property] of Object.entries(extractProperties) as Array<[keyof typeof RUNS, fc.IProperty<unknown[]>]>) {
    it(name, () => fc.assert(property, { numRuns: RUNS[name] }), 120_000);
  }
});
