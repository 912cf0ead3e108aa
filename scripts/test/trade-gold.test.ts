import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldFact } from '../bench-facts/gold.ts';
import { seedsDir, textAsHtml } from '../bench-facts/trade-set.ts';
import { annotate, wholeWordAt } from '../gold/trade-offsets.ts';

const root = resolve(import.meta.dirname, '..', '..');
const base = join(root, 'fixtures', 'trade-gold');
const jsonIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (path: string) => readFileSync(path, 'utf8');
const pageGold = jsonIn(join(base, 'gold')).map((f) => JSON.parse(read(join(base, 'gold', f))) as GoldArticle);
const seedGold = jsonIn(join(base, 'seed-gold')).map((f) => JSON.parse(read(join(base, 'seed-gold', f))) as GoldArticle);

const TYPES = new Set(['tonnage', 'percentage', 'money', 'date', 'company', 'country']);
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|half|third|quarter|fifth)\b/i;
const DATE = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?|FY\d{4}(?:-\d{2})?)$/;

/** Problems of one gold file against its text: shape, offsets inside the text, surfaces that can carry the value. */
function problems(g: GoldArticle, text: string): string[] {
  const out: string[] = [];
  if (!g.id || !g.site || !['dev', 'test'].includes(g.split)) out.push('bad header');
  if (g.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(g.published)) out.push(`bad published ${g.published}`);
  for (const f of g.facts) {
    const surface = text.slice(f.start, f.end);
    const where = `${f.type} ${JSON.stringify(f.value)} at ${f.start}`;
    if (!TYPES.has(f.type)) out.push(`unknown type: ${where}`);
    if (!(f.start >= 0 && f.end > f.start && f.end <= text.length)) out.push(`offsets outside the text: ${where}`);
    else if (surface.trim() !== surface || surface.includes('\n')) out.push(`surface not a trimmed span of one line: ${where}`);
    if (['tonnage', 'percentage', 'money'].includes(f.type)) {
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) out.push(`not a number: ${where}`);
      if (f.range && f.range.min !== f.value) out.push(`range does not start at the value: ${where}`);
      if (!/\d/.test(surface) && !NUMBER_WORD.test(surface) && !f.optional) out.push(`a required figure without a number: ${where} ${JSON.stringify(surface)}`);
    }
    if (f.type === 'tonnage' && f.unit !== 't') out.push(`tonnage not in t: ${where}`);
    if (f.type === 'percentage' && !['%', 'pp'].includes(String(f.unit))) out.push(`percentage unit: ${where}`);
    if (f.type === 'money' && !/^[A-Z]{3}$/.test(String(f.unit))) out.push(`money currency: ${where}`);
    if (f.type === 'date') {
      const ends = f.range ? [f.range.min, f.range.max] : [f.value];
      if (!ends.every((d) => DATE.test(String(d)))) out.push(`date not ISO: ${where}`);
      if (f.range && f.value !== `${f.range.min}/${f.range.max}`) out.push(`span value is not min/max: ${where}`);
    }
    if (f.type === 'country' && !/^[A-Z]{2}$/.test(String(f.value))) out.push(`country not alpha-2: ${where}`);
    if ((f.type === 'country' || f.type === 'company') && !/^[\p{Lu}\d]/u.test(surface)) out.push(`name surface not capitalised: ${where} ${JSON.stringify(surface)}`);
  }
  return out;
}

describe('trade-gold pages', () => {
  it('has 24 pages from 12 publishers, two each, every publisher in one split, six per split', () => {
    expect(pageGold).toHaveLength(24);
    const bySite = new Map<string, GoldArticle[]>();
    for (const g of pageGold) bySite.set(g.site, [...(bySite.get(g.site) ?? []), g]);
    expect(bySite.size).toBe(12);
    for (const [, pages] of bySite) {
      expect(pages).toHaveLength(2);
      expect(new Set(pages.map((p) => p.split)).size).toBe(1);
    }
    const splits = [...bySite.values()].map((p) => p[0]!.split);
    expect(splits.filter((s) => s === 'dev')).toHaveLength(6);
  });

  it.each(pageGold.map((g) => [g.id, g] as const))('%s parses and its offsets point into its page', (id, g) => {
    const text = read(join(base, 'pages', `${id}.txt`));
    expect(g.facts.length).toBeGreaterThan(20);
    expect(problems(g, text)).toEqual([]);
  });

  it.each(pageGold.map((g) => [g.id] as const))('%s is what its spec of quoted surfaces gives', (id) => {
    const text = read(join(base, 'pages', `${id}.txt`));
    const regenerated = annotate(read(join(base, 'spec', `${id}.txt`)), text);
    expect(regenerated).toEqual(JSON.parse(read(join(base, 'gold', `${id}.json`))));
  });

  it('holds tonnage in every page', () => {
    for (const g of pageGold) expect(g.facts.some((f) => f.type === 'tonnage' && !f.optional), g.id).toBe(true);
  });
});

describe('trade-gold seeds', () => {
  const dir = seedsDir(root);
  it('are five dev articles', () => {
    expect(seedGold).toHaveLength(5);
    expect(seedGold.every((g) => g.split === 'dev')).toBe(true);
  });
  it.skipIf(!existsSync(dir)).each(seedGold.map((g) => [g.id, g] as const))('%s offsets point into the shared seed text', (id, g) => {
    expect(problems(g, read(join(dir, `${id}.txt`)))).toEqual([]);
  });
});

describe('annotation spec', () => {
  const text = 'Norway Steel AS shipped 1,200 tonnes to Norway and Saudi Arabia in May; Norway took 40%.';

  it('finds whole words only', () => {
    expect(wholeWordAt('Omaha and Oman', 'Oman', 0)).toBe(10);
  });

  it('places ordered surfaces one after another and converts the spec value', () => {
    const gold = annotate('@id x\n@split dev\nT | 1,200 tonnes | 1.2e3\nD | May | 2026-05\nP | 40% | 40 | q=about up', text);
    expect(gold.facts.map((f) => [f.type, f.value, text.slice(f.start, f.end), f.qualifier, f.direction])).toEqual([
      ['tonnage', 1200, '1,200 tonnes', undefined, undefined],
      ['date', '2026-05', 'May', undefined, undefined],
      ['percentage', 40, '40%', 'about', 'up'],
    ]);
  });

  it('marks every mention in the story but not inside a shielded name, and a longer name over the shorter', () => {
    const gold = annotate('@story Norway Steel || took 40%.\n! | Norway Steel AS\n*N | Norway | NO\n*N | Saudi | SA\n*N | Saudi Arabia | SA', text);
    expect(gold.facts.map((f) => text.slice(f.start, f.end))).toEqual(['Norway', 'Saudi Arabia', 'Norway']);
  });

  it('refuses a surface that is not in the text', () => {
    expect(() => annotate('T | 9 tonnes | 9', text)).toThrow(/not found/);
  });
});

describe('textAsHtml', () => {
  it('gives each non-empty line its own escaped paragraph', () => {
    const html = textAsHtml('Ore & Alloy\n\n  Prices <rose> 5%  \n');
    expect(html).toContain('<p>Ore &amp; Alloy</p>\n<p>Prices &lt;rose&gt; 5%</p>');
    expect(html.match(/<p>/g)).toHaveLength(2);
  });
});
