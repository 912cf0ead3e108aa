// Turns a hand-written annotation spec (quoted surface strings, in text order) into a gold file whose
// offsets are computed, never typed: fixtures/trade-gold/spec/NAME.txt + the page text -> gold/NAME.json.
// Usage: pnpm exec tsx scripts/gold/trade-offsets.ts SPEC TEXT OUT
// Spec lines: `@id|@site|@split|@published VALUE`, `@story FIRST || LAST` (the article's own text, for
// `*` lines), then `TYPE | surface | value | options`. TYPE is T tonnage, P percentage, M money, D date,
// C company, N country; a leading `*` marks every whole-word occurrence inside the story. Ordered lines
// are searched from just after the previous ordered match, so a repeated surface needs no index.
// Values: T in tonnes (arithmetic allowed: 41.6e6, 2.5*1e5), `a~b` for a range; M `AMOUNT CUR`;
// D ISO, `a/b` for a span. Options: opt, up, down, pp, q=more_than, per=short_ton. A line `! | surface`
// shields every occurrence of that surface from `*` lines (a country inside a company's name is no mention of it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldArticle, GoldFact } from '../bench-facts/gold.ts';

const TYPES: Record<string, GoldFact['type']> = { T: 'tonnage', P: 'percentage', M: 'money', D: 'date', C: 'company', N: 'country' };
const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The first occurrence of `surface` at or after `from` that does not start or end inside a word. */
export function wholeWordAt(text: string, surface: string, from: number): number {
  for (let i = text.indexOf(surface, from); i >= 0; i = text.indexOf(surface, i + 1)) {
    const before = isWord(surface[0]) && isWord(text[i - 1]);
    const after = isWord(surface.at(-1)) && isWord(text[i + surface.length]);
    if (!before && !after) return i;
  }
  return -1;
}

// Only the annotator's own spec files are evaluated: numbers and products like 1.2e6*0.45359237e-3.
function num(s: string): number {
  const expr = s.replace(/,/g, '');
  if (!/^[-+*/.\deE() ]+$/.test(expr)) throw new Error(`not a number: ${s}`);
  return Number(Number(Function(`"use strict";return (${expr})`)()).toPrecision(12));
}

function parseValue(type: GoldFact['type'], raw: string): Pick<GoldFact, 'value' | 'range' | 'unit'> {
  if (type === 'tonnage' || type === 'percentage') {
    const [a = '', b] = raw.split('~');
    return b === undefined ? { value: num(a) } : { value: num(a), range: { min: num(a), max: num(b) } };
  }
  if (type === 'money') {
    const [amount = '', unit] = raw.split(/\s+/);
    const [a = '', b] = amount.split('~');
    return b === undefined ? { value: num(a), unit } : { value: num(a), unit, range: { min: num(a), max: num(b) } };
  }
  if (type === 'date' && raw.includes('/')) {
    const [min = '', max = ''] = raw.split('/');
    return { value: raw, range: { min, max } };
  }
  return { value: raw };
}

type Marked = GoldFact & { all?: boolean };

export function annotate(spec: string, text: string): GoldArticle {
  const head: Record<string, string | null> = { id: null, site: null, split: null, published: null };
  let story: [number, number] = [0, text.length];
  const facts: Marked[] = [];
  const shields: [number, number][] = [];
  let cursor = 0;
  for (const [n, line] of spec.split('\n').entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const fail = (msg: string): never => {
      throw new Error(`line ${n + 1}: ${msg}: ${line}`);
    };
    if (line.startsWith('@story')) {
      const [first = '', last = ''] = line.slice(6).split('||').map((s) => s.trim());
      const s = text.indexOf(first);
      const e = text.indexOf(last, s);
      if (s < 0 || e < 0) fail('story anchors not found');
      story = [s, e + last.length];
      continue;
    }
    if (line.startsWith('@')) {
      const [key = '', ...rest] = line.slice(1).split(' ');
      head[key] = rest.join(' ').trim();
      continue;
    }
    const [rawType = '', surface = '', rawValue, opts = ''] = line.split('|').map((s) => s.trim());
    if (rawType === '!') {
      for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) shields.push([i, i + surface.length]);
      continue;
    }
    const all = rawType.startsWith('*');
    const type = TYPES[rawType.replace('*', '')];
    if (!type || !surface || rawValue === undefined) return fail('bad line');
    const base: GoldFact = { type, ...parseValue(type, rawValue), start: 0, end: 0 };
    if (type === 'tonnage') base.unit = 't';
    if (type === 'percentage') base.unit = '%';
    for (const o of opts.split(/\s+/).filter(Boolean)) {
      if (o === 'opt') base.optional = true;
      else if (o === 'up' || o === 'down') base.direction = o;
      else if (o === 'pp') base.unit = 'pp';
      else if (o.startsWith('q=')) base.qualifier = o.slice(2).replace(/_/g, ' ');
      else if (o.startsWith('per=')) base.per = o.slice(4).replace(/_/g, ' ');
      else fail(`unknown option ${o}`);
    }
    if (all) {
      let found = 0;
      for (let i = wholeWordAt(text, surface, story[0]); i >= 0 && i + surface.length <= story[1]; i = wholeWordAt(text, surface, i + 1)) {
        facts.push({ ...base, start: i, end: i + surface.length, all: true });
        found++;
      }
      if (!found) fail('no occurrence in story');
    } else {
      const i = wholeWordAt(text, surface, cursor);
      if (i < 0) fail('surface not found after previous match');
      facts.push({ ...base, start: i, end: i + surface.length });
      cursor = i + 1;
    }
  }
  const shielded = (f: Marked) => f.all && shields.some(([s, e]) => f.start >= s && f.end <= e);
  // "Saudi" inside "Saudi Arabia" is the same mention, written once
  const nested = (f: Marked) => f.all && facts.some((g) => g !== f && g.type === f.type && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start);
  const seen = new Set<string>();
  const unique = facts
    .filter((f) => !shielded(f) && !nested(f))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((f) => {
      const k = `${f.type}:${f.start}:${f.end}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .map(({ all: _all, start, end, ...f }) => ({ ...f, start, end }));
  return { ...(head as unknown as Omit<GoldArticle, 'facts'>), facts: unique };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [specPath, textPath, outPath] = process.argv.slice(2);
  if (!specPath || !textPath || !outPath) throw new Error('usage: trade-offsets.ts SPEC TEXT OUT');
  const gold = annotate(readFileSync(specPath, 'utf8'), readFileSync(textPath, 'utf8'));
  writeFileSync(outPath, JSON.stringify(gold, null, 1) + '\n');
  console.log(`${outPath}: ${gold.facts.length} facts`);
}
