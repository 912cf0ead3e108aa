import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanHtml } from '@newsfacts/boilerplate';
import type { Fact } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/**
 * The fixture news site (fixtures/site, written by hand by another author): body text from the boilerplate
 * stage, facts compared with each page's hand-written list. Facts there are listed once per distinct
 * (type, text); a price per unit carries `per`.
 */

interface SiteFact {
  type: Fact['type'];
  text: string;
  value: number | string;
  unit?: string | null;
  per?: string;
}

interface SiteExpected {
  published: string;
  facts: SiteFact[];
  notFactsInBody?: Array<{ text: string; type?: Fact['type']; reason: string }>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'site', 'articles');
const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort() : [];

const key = (type: string, text: string) => `${type}\u0000${text}`;

function sameValue(f: Fact, e: SiteFact): boolean {
  if (typeof e.value === 'number' && typeof f.value === 'number') return Math.abs(f.value - e.value) <= 1e-6 * Math.max(1, Math.abs(e.value));
  if (f.value !== e.value) return false;
  if (e.type === 'money') return f.unit === (e.per ? `${e.unit}/${e.per}` : e.unit);
  return true;
}

interface PageScore {
  expected: number;
  found: number;
  extracted: number;
  correct: number;
  misses: string[];
  extras: string[];
  traps: string[];
  high: number;
  highCorrect: number;
  low: number;
  lowCorrect: number;
}

function score(slug: string): PageScore {
  const html = readFileSync(join(dir, `${slug}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${slug}.expected.json`), 'utf8')) as SiteExpected;
  const doc = cleanHtml(html, `http://127.0.0.1/articles/${slug}.html`);
  const facts = extractFacts({ text: doc.bodyText, published: expected.published });
  const want = new Map(expected.facts.map((e) => [key(e.type, e.text), e]));
  // one verdict per distinct (type, text), as the expected files list them
  const got = new Map<string, Fact[]>();
  for (const f of facts) got.set(key(f.type, f.text), [...(got.get(key(f.type, f.text)) ?? []), f]);
  const s: PageScore = { expected: want.size, found: 0, extracted: got.size, correct: 0, misses: [], extras: [], traps: [], high: 0, highCorrect: 0, low: 0, lowCorrect: 0 };
  for (const [k, e] of want) {
    const fs = got.get(k);
    if (fs && fs.some((f) => sameValue(f, e))) s.found++;
    else s.misses.push(`${e.type} ${JSON.stringify(e.text)} = ${JSON.stringify(e.value)}${fs ? ` (got ${JSON.stringify(fs[0]!.value)} ${fs[0]!.unit ?? ''})` : ''}`);
  }
  for (const [k, fs] of got) {
    const e = want.get(k);
    const ok = e !== undefined && fs.some((f) => sameValue(f, e));
    if (ok) s.correct++;
    else s.extras.push(`${fs[0]!.type} ${JSON.stringify(fs[0]!.text)} = ${JSON.stringify(fs[0]!.value)} (${fs[0]!.confidence})`);
    const conf = Math.max(...fs.map((f) => f.confidence));
    if (conf >= 0.8) {
      s.high++;
      if (ok) s.highCorrect++;
    } else {
      s.low++;
      if (ok) s.lowCorrect++;
    }
  }
  for (const t of expected.notFactsInBody ?? []) {
    const at = doc.bodyText.indexOf(t.text);
    if (at < 0) continue;
    const bad = facts.filter((f) => (t.type === undefined || f.type === t.type) && f.start < at + t.text.length && at < f.end);
    for (const f of bad) s.traps.push(`${f.type} ${JSON.stringify(f.text)} from ${JSON.stringify(t.text)} (${t.reason})`);
  }
  return s;
}

describe.skipIf(pages.length === 0)('fixture news site (fixtures/site)', () => {
  const scores = new Map(pages.map((p) => [p, score(p)]));

  for (const page of pages) {
    it(`${page}: finds most hand-written facts and few others`, () => {
      const s = scores.get(page)!;
      const recall = s.found / Math.max(1, s.expected);
      const precision = s.correct / Math.max(1, s.extracted);
      console.log(`${page}: recall ${s.found}/${s.expected} (${(100 * recall).toFixed(0)}%), precision ${s.correct}/${s.extracted} (${(100 * precision).toFixed(0)}%)`
        + (s.misses.length ? `\n  missed: ${s.misses.join('; ')}` : '') + (s.extras.length ? `\n  extra: ${s.extras.join('; ')}` : '')
        + (s.traps.length ? `\n  traps: ${s.traps.join('; ')}` : ''));
      expect(recall).toBeGreaterThanOrEqual(0.75);
      expect(precision).toBeGreaterThanOrEqual(0.8);
    });
  }

  it('over all pages: recall and precision, and confidence that means something', () => {
    const t = [...scores.values()].reduce((acc, s) => ({
      expected: acc.expected + s.expected, found: acc.found + s.found, extracted: acc.extracted + s.extracted, correct: acc.correct + s.correct,
      high: acc.high + s.high, highCorrect: acc.highCorrect + s.highCorrect, low: acc.low + s.low, lowCorrect: acc.lowCorrect + s.lowCorrect,
      traps: acc.traps + s.traps.length,
    }), { expected: 0, found: 0, extracted: 0, correct: 0, high: 0, highCorrect: 0, low: 0, lowCorrect: 0, traps: 0 });
    console.log(`site: recall ${t.found}/${t.expected} (${((100 * t.found) / t.expected).toFixed(1)}%), precision ${t.correct}/${t.extracted} (${((100 * t.correct) / t.extracted).toFixed(1)}%); `
      + `precision at confidence >= 0.8: ${t.highCorrect}/${t.high}, below 0.8: ${t.lowCorrect}/${t.low}; traps hit: ${t.traps}`);
    expect(t.found / t.expected).toBeGreaterThanOrEqual(0.85);
    expect(t.correct / t.extracted).toBeGreaterThanOrEqual(0.85);
    // facts sent to review are few here; those kept must be right
    expect(t.high === 0 ? 1 : t.highCorrect / t.high).toBeGreaterThanOrEqual(0.95);
  });
});
