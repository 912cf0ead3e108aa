import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foundDates, loadDateProbes, probeErrors } from './date-probes.ts';

/**
 * The probe corpus: invented sentences of many kinds of news (weekdays in speech, weeks, ranges, events named
 * with years, numbers that are not years, quarters, fiscal years, day-first dates, holidays), each with the
 * date facts the conventions expect. Known misses are marked in the corpus and must stay marked honestly.
 */
const probes = loadDateProbes(join(import.meta.dirname, 'fixtures', 'date-probes.txt'));

describe('date probe corpus', () => {
  it('holds at least 200 sentences', () => {
    expect(probes.length).toBeGreaterThanOrEqual(200);
  });

  it('reads every sentence not marked as a known miss as the conventions expect', () => {
    const failing = probes.filter((p) => !p.knownMiss).map((p) => ({ line: p.line, text: p.text, found: foundDates(p), ...probeErrors(p) }))
      .filter((r) => r.missed.length > 0 || r.wrong.length > 0);
    expect(failing).toEqual([]);
  });

  it('still misses every sentence marked as a known miss (unmark those that now pass)', () => {
    const passing = probes.filter((p) => p.knownMiss).filter((p) => {
      const e = probeErrors(p);
      return e.missed.length === 0 && e.wrong.length === 0;
    });
    expect(passing.map((p) => `${p.line}: ${p.text}`)).toEqual([]);
  });
});
