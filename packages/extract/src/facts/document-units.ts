import type { Fact } from '@newsfacts/core';
import type { Numeral } from '../numbers/numeral.ts';
import { overlapsAny } from '../text/span-index.ts';
import { baseFact, tidy, type ArticleCtx } from './context.ts';

/**
 * Units an article defines for itself: "… million tonnes (MT)" makes every later "MT" a million tonnes,
 * "thousand tonnes (kt)" a thousand. Without a definition "MT" stays the metric tonne the recognizer reads.
 */

export interface UnitDefinition {
  /** The abbreviation exactly as the article writes it. */
  abbr: string;
  /** Tonnes per unit. */
  tonnes: number;
  /** Where the definition is, for the reason given on every fact it changes. */
  at: number;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, lakh: 1e5, crore: 1e7, hundred: 1e2 };

// a scale word, an optional "metric", a tonne word, an optional rate, then the abbreviation in brackets
const DEFINITION = /\b(thousand|million|billion|lakh|crore)\s+(?:metric\s+)?(?:tonnes|tons|tonne|ton)(?:\s+(?:per|a)\s+(?:year|annum))?\s*\(\s*([A-Za-z]{1,6})\s*\)/gi;

/** At most this many definitions are read from one article (a page cannot make the pass grow). */
const MAX_DEFINITIONS = 20;

export function unitDefinitions(text: string): UnitDefinition[] {
  const out: UnitDefinition[] = [];
  for (const m of text.matchAll(DEFINITION)) {
    if (out.length >= MAX_DEFINITIONS) break;
    const abbr = m[2]!;
    const tonnes = SCALES[m[1]!.toLowerCase()]!;
    if (!out.some((d) => d.abbr === abbr)) out.push({ abbr, tonnes, at: m.index ?? 0 });
  }
  return out;
}

/** Tonnes per unit the recognizer gave an abbreviation on its own ("Mt" a million, "kt" a thousand, "MT" one). */
function builtinTonnes(abbr: string): number | null {
  if (abbr === 'Mt' || abbr === 'Mts') return 1e6;
  const low = abbr.toLowerCase();
  if (low === 'kt' || low === 'kts') return 1e3;
  if (low === 'mmt' || low === 'mmts') return 1e6;
  if (low === 'mt' || low === 'mts' || low === 't' || low === 'wmt' || low === 'dmt') return 1;
  return null;
}

/** The unit written after the figure in a fact's surface text ("150 MT" -> "MT"). */
function trailingUnit(text: string): string | null {
  const m = /\d\s*([A-Za-z]{1,6})\.?$/.exec(text);
  return m ? m[1]! : null;
}

/**
 * Tonnage facts read again with the article's own unit definitions: figures whose abbreviation the article
 * defined are rescaled, and figures in a defined unit the recognizer did not know become tonnages.
 */
export function applyUnitDefinitions(a: ArticleCtx, facts: Fact[], numerals: readonly Numeral[], defs: readonly UnitDefinition[]): Fact[] {
  if (defs.length === 0) return facts;
  const byAbbr = new Map(defs.map((d) => [d.abbr, d]));
  const out = facts.map((f) => {
    if (f.type !== 'tonnage') return f;
    const abbr = trailingUnit(f.text);
    const def = abbr ? byAbbr.get(abbr) : undefined;
    const built = abbr ? builtinTonnes(abbr) : null;
    if (!def || built === null || built === def.tonnes) return f;
    const k = def.tonnes / built;
    return {
      ...f,
      value: tidy(Number(f.value) * k),
      range: f.range ? { min: tidy(f.range.min * k), max: tidy(f.range.max * k) } : null,
      reasons: [...f.reasons, `'${def.abbr}' read as the article defines it (${def.tonnes} t)`],
    };
  });
  const overlapsFigure = overlapsAny(out.filter((f) => f.type === 'tonnage' || f.type === 'money' || f.type === 'percentage'));
  const covered = (start: number, end: number) => overlapsFigure({ start, end });
  for (const n of numerals) {
    const unit = a.tk[n.next];
    if (!unit || unit.kind !== 'word' || unit.gap > 1) continue;
    const def = byAbbr.get(unit.raw);
    if (!def || builtinTonnes(unit.raw) !== null) continue;
    const start = a.tk[n.first]!.start;
    if (start < def.at || covered(start, unit.end)) continue;
    const f = baseFact(a, 'tonnage', tidy(n.value * def.tonnes), start, unit.end, n.first);
    out.push({ ...f, unit: 't', kind: 'level', confidence: 0.85, reasons: [`'${def.abbr}' read as the article defines it (${def.tonnes} t)`] });
  }
  return out;
}

/**
 * A scale written before a unit in a table's caption or heading: "in '000 tonnes", "(000s tonnes)",
 * "thousand tonnes", "million tonnes". Returns the multiplier (1 when none).
 */
export function scaleBefore(tk: readonly { raw: string; low: string; kind: string }[], unitFirst: number, from: number): number {
  const prev = tk[unitFirst - 1];
  if (!prev || unitFirst - 1 < from) return 1;
  if (prev.kind === 'word' && SCALES[prev.low] !== undefined) return SCALES[prev.low]!;
  if (prev.kind === 'word' && (prev.low === 'mn' || prev.low === 'mln')) return 1e6;
  // "'000 tonnes", "000s tonnes", "000 tonnes" in a caption
  const zeros = prev.raw === 's' ? tk[unitFirst - 2] : prev;
  if (zeros && zeros.raw === '000' && unitFirst - (prev.raw === 's' ? 2 : 1) >= from) return 1e3;
  return 1;
}

/** A "'000 tonnes" heading read as a figure of zero tonnes: the digits are a scale, not an amount. */
export function isScaleHeading(f: Fact): boolean {
  return f.type === 'tonnage' && Number(f.value) === 0 && /^0{3}\s*s?\s*\p{L}/u.test(f.text);
}
