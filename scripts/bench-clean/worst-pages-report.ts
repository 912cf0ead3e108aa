import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocScore, Scorer } from './scorer.ts';

export interface PageResult {
  id: string;
  url: string;
  truth: string;
  ours: string;
  oursScore: DocScore;
  refScore: DocScore | null;
}

function shingles(tokens: string[], n = 4): string[] {
  if (tokens.length === 0) return [];
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Share of a passage's shingles found in the other text: low share = extra (or missing) text. */
function coverage(scorer: Scorer, passage: string, other: Set<string>, otherText: string): number {
  const tokens = scorer.tokenize(passage);
  // A passage shorter than a shingle: look for its tokens in a row in the other text.
  if (tokens.length < 4) return tokens.length === 0 || otherText.includes(` ${tokens.join(' ')} `) ? 1 : 0;
  const sh = shingles(tokens);
  return sh.filter((s) => other.has(s)).length / sh.length;
}

function clip(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

function pageSection(scorer: Scorer, p: PageResult): string {
  const truthSet = new Set(shingles(scorer.tokenize(p.truth)));
  const oursSet = new Set(shingles(scorer.tokenize(p.ours)));
  const truthText = ` ${scorer.tokenize(p.truth).join(' ')} `;
  const oursText = ` ${scorer.tokenize(p.ours).join(' ')} `;
  const extra = p.ours.split(/\n\n+/).filter((b) => coverage(scorer, b, truthSet, truthText) < 0.5);
  const missing = p.truth.split(/\n+/).filter((b) => b.trim() && coverage(scorer, b, oursSet, oursText) < 0.5);
  const s = p.oursScore;
  const lines = [
    `## ${p.id.slice(0, 12)} F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}` +
      (p.refScore ? ` (readability F1 ${p.refScore.f1.toFixed(3)})` : ''),
    p.url,
    `tokens: truth ${s.trueTokens}, ours ${s.predTokens}`,
  ];
  if (extra.length) lines.push('', `extra blocks (${extra.length}):`, ...extra.slice(0, 12).map((b) => `  + ${clip(b)}`));
  if (missing.length) lines.push('', `missing paragraphs (${missing.length}):`, ...missing.slice(0, 12).map((b) => `  - ${clip(b)}`));
  return lines.join('\n');
}

/** Writes the worst pages (with the blocks we added and the paragraphs we lost) and a TSV of all pages. */
export function writeReports(dir: string, scorer: Scorer, pages: PageResult[], worst: number): string {
  mkdirSync(dir, { recursive: true });
  const sorted = [...pages].sort((a, b) => a.oursScore.f1 - b.oursScore.f1);
  const tsv = ['id\turl\tf1\tprecision\trecall\ttrue_tokens\tpred_tokens\treadability_f1'];
  for (const p of sorted) {
    const s = p.oursScore;
    tsv.push([p.id, p.url, s.f1.toFixed(4), s.precision.toFixed(4), s.recall.toFixed(4), s.trueTokens, s.predTokens,
      p.refScore ? p.refScore.f1.toFixed(4) : ''].join('\t'));
  }
  writeFileSync(join(dir, 'bench-clean-pages.tsv'), `${tsv.join('\n')}\n`);
  const md = [`# bench:clean — worst ${worst} pages`, '', ...sorted.slice(0, worst).map((p) => pageSection(scorer, p))];
  const file = join(dir, 'bench-clean-worst.md');
  writeFileSync(file, `${md.join('\n\n')}\n`);
  return file;
}
