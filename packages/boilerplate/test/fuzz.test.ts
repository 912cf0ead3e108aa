import fc from 'fast-check';
import { describe, it } from 'vitest';
import { cleanProperties } from './fuzz/clean-properties.ts';

// Thousands of cases per CI run; `pnpm fuzz --runs N` runs the same properties for longer. A failure
// prints the seed and path that replay it: fc.assert(property, { seed, path }).
const RUNS: Record<keyof typeof cleanProperties, number> = {
  'cleanHtml on mutated fixture pages': 1000,
  'cleanHtml on random element trees': 5000,
};

describe('fuzz', () => {
  for (const [name, property] of Object.entries(cleanProperties) as Array<[keyof typeof RUNS, fc.IProperty<unknown[]>]>) {
    it(name, () => fc.assert(property, { numRuns: RUNS[name] }), 120_000);
  }
});
