import fc from 'fast-check';
import { newsText } from './text-inputs.ts';

/**
 * Pages that flood the pipeline with facts by their shape rather than their content: one sentence
 * repeated thousands of times (a fact bomb, or a list page gone wrong) and a statistical table of
 * thousands of rows. Sizes stay within a few hundred kilobytes so that a case takes about a second.
 */

const FIGURE_SENTENCES = [
  (n: number) => `Peru sold ${n},${String(n % 1000).padStart(3, '0')} tonnes of zinc to Germany in May 2025, a rise of ${n % 90}% on a year before, for $${n} million.`,
  (n: number) => `Output in Chile climbed ${n % 40}.5% to ${n} tonnes in the third quarter of 2024.`,
  (n: number) => `Shipments to Japan were worth €${n}.2 billion in March, ${n % 30} percentage points more than in February.`,
];

/** One sentence, figure-rich or random, repeated between a hundred and a few thousand times. */
export const repeatedSentenceText: fc.Arbitrary<string> = fc
  .record({
    sentence: fc.oneof(
      fc.tuple(fc.constantFrom(...FIGURE_SENTENCES), fc.integer({ min: 1, max: 9_999 })).map(([make, n]) => make(n)),
      newsText(30),
    ),
    copies: fc.integer({ min: 100, max: 3_000 }),
    separator: fc.constantFrom(' ', '\n', '\n\n', ''),
  })
  .map(({ sentence, copies, separator }) => Array.from({ length: Math.min(copies, Math.floor(400_000 / Math.max(1, sentence.length))) }, () => sentence).join(separator));

const COUNTRIES = ['China', 'Japan', 'Germany', 'Peru', 'Chile', 'Australia', 'Canada', 'India', 'Brazil', 'South Korea'];
const cell = fc.oneof(
  fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.double({ min: -100, max: 100, noNaN: true }).map((n) => `${n.toFixed(1)}%`),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.constantFrom(...COUNTRIES),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `${n} t`),
  fc.integer({ min: 1, max: 999 }).map((n) => `$${n}m`),
);

/** An article whose body is mostly one table of up to a few thousand rows. */
export const hugeTablePage: fc.Arbitrary<string> = fc
  .record({
    columns: fc.integer({ min: 3, max: 10 }),
    rows: fc.integer({ min: 200, max: 3_000 }),
    template: fc.array(cell, { minLength: 10, maxLength: 10 }),
    seed: fc.integer({ min: 0, max: 1_000 }),
  })
  .map(({ columns, rows, template, seed }) => {
    const head = `<tr>${Array.from({ length: columns }, (_, c) => `<th>${c === 0 ? 'Country' : `${2015 + c} exports (tonnes)`}</th>`).join('')}</tr>`;
    const body = Array.from({ length: rows }, (_, r) => `<tr>${Array.from({ length: columns }, (_, c) => `<td>${c === 0 ? COUNTRIES[(r + seed) % COUNTRIES.length] : template[(r * 7 + c + seed) % template.length]}</td>`).join('')}</tr>`).join('');
    return `<!doctype html><html><head><title>Trade tables</title></head><body><article><h1>Trade tables</h1><p>Exports by country, in tonnes, as the customs agency reported them in 2025.</p><table>${head}${body}</table></article></body></html>`;
  });
