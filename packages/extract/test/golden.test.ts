import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe as suite, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { compareFacts, describe, notFactViolations, reviewOnly, ruleScore, type ExpectedFile } from './golden-compare.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'extract');
const cases = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();

suite('golden fixtures (fixtures/extract)', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of cases) {
    it(`${name}: extracts exactly the hand-written facts`, () => {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedFile;
      const facts = extractFacts({ text, published: expected.published });
      const c = compareFacts(facts, expected.facts);
      const allowed = reviewOnly(text, facts, expected.notFacts ?? []);
      const problems = [
        ...c.missed.map((e) => `missed ${describe(e)}`),
        ...c.extra.filter((f) => !allowed.has(f)).map((f) => `extra ${describe(f)} (${f.confidence})`),
        ...c.matched.flatMap((m) => m.differences.map((d) => `${describe(m.expected)}: ${d}`)),
        ...notFactViolations(text, facts, expected.notFacts ?? []),
      ];
      expect(problems).toEqual([]);
    });
  }

  it('the rules\' scores separate sure facts from doubtful ones (precision above and below the review threshold)', () => {
    let high = 0;
    let highRight = 0;
    let low = 0;
    let lowRight = 0;
    let expectedTotal = 0;
    let found = 0;
    for (const name of cases) {
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedFile;
      const facts = extractFacts({ text, published: expected.published });
      const c = compareFacts(facts, expected.facts);
      const right = new Set(c.matched.filter((m) => m.differences.length === 0).map((m) => m.fact));
      for (const f of facts) {
        if (ruleScore(f) >= 0.8) {
          high++;
          if (right.has(f)) highRight++;
        } else {
          low++;
          if (right.has(f)) lowRight++;
        }
      }
      expectedTotal += expected.facts.length;
      found += right.size;
    }
    console.log(`fixtures: recall ${found}/${expectedTotal}; precision at confidence >= 0.8: ${highRight}/${high}; below 0.8: ${lowRight}/${low}`);
    expect(high).toBeGreaterThan(0);
    expect(highRight / high).toBeGreaterThanOrEqual(0.95);
    expect(found / expectedTotal).toBeGreaterThanOrEqual(0.95);
    // the facts sent to review must not be more reliable than the ones let through
    expect(low === 0 ? 1 : lowRight / low).toBeLessThanOrEqual(highRight / high);
  });
});
