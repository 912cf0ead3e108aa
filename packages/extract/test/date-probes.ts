import { readFileSync } from 'node:fs';
import { extractFacts } from '../src/index.ts';

/** One invented sentence of the probe corpus, its publication date and the date facts expected of it. */
export interface DateProbe {
  line: number;
  published: string;
  text: string;
  required: string[];
  optional: string[];
  /** Marked "!" in the corpus: a miss the extractor is known to make. */
  knownMiss: boolean;
}

export function loadDateProbes(path: string): DateProbe[] {
  const out: DateProbe[] = [];
  let published = '';
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      published = line.slice(1).trim();
      return;
    }
    const knownMiss = line.startsWith('!');
    const [text, expected = ''] = (knownMiss ? line.slice(1) : line).split('=>').map((s) => s.trim());
    const values = expected === '-' ? [] : expected.split(',').map((s) => s.trim()).filter(Boolean);
    out.push({
      line: i + 1, published, text: text!, knownMiss,
      required: values.filter((v) => !v.startsWith('?')),
      optional: values.filter((v) => v.startsWith('?')).map((v) => v.slice(1)),
    });
  });
  return out;
}

/** The distinct date values found, written as the benchmark compares them (a span as "first/last"). */
export function foundDates(p: DateProbe): string[] {
  const facts = extractFacts({ text: p.text, published: p.published }).filter((f) => f.type === 'date');
  return [...new Set(facts.map((f) => (f.range ? `${f.range.min}/${f.range.max}` : String(f.value))))];
}

/** What a probe gets wrong: required values not found, and values found that are neither required nor optional. */
export function probeErrors(p: DateProbe, found = foundDates(p)): { missed: string[]; wrong: string[] } {
  return {
    missed: p.required.filter((v) => !found.includes(v)),
    wrong: found.filter((v) => !p.required.includes(v) && !p.optional.includes(v)),
  };
}
