import type { Fact } from '@newsfacts/core';
import type { MoneyMention } from '../quantities/money.ts';
import type { PercentMention } from '../quantities/percentages.ts';
import type { WeightMention } from '../quantities/weights.ts';
import { KG_PER_UNIT } from '../quantities/weight-units.ts';
import { baseFact, tidy, type ArticleCtx } from './context.ts';
import { fineUnitOfGoods, goodsVerdict, ktMeansTonnes } from './goods-mass.ts';

/** Tonnages, percentages and money amounts as facts. Measurement links are added by the caller. */

/** Mass units that make a tonnage fact; grams and ounces only as amounts of named goods (fineUnitOfGoods). */
const TONNAGE_UNITS = new Set(['t', 'ton', 'kg', 'lb', 'short_ton', 'long_ton']);
const CHANGE_VERBS = new Set(['rose', 'fell', 'increased', 'decreased', 'dropped', 'grew', 'climbed', 'declined', 'jumped',
  'slumped', 'surged', 'plunged', 'reduced', 'cut', 'raised', 'lowered', 'slid', 'sank', 'shrank', 'expanded', 'rise', 'fall',
  'increase', 'decrease', 'drop', 'grow', 'climb', 'decline', 'jump', 'reduce', 'raise', 'lower', 'recovered', 'rebounded', 'went', 'up', 'down']);

/** How far back a change verb may stand from its "from X to Y" ("rose by 37 percent, from 0.9 to 1.2 percent"). */
const CHANGE_REACH = 20;
const CLAUSE_BREAK = new Set(['.', ';', ':', '!', '?']);
/** Conjunctions that open a new clause after a comma: "prices rose by £35, while tickets cost from £38 to £72". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though']);
/** Verbs whose "from X to Y" spans the values a thing takes, not a change: "tickets cost from £38 to £72". */
const SPAN_VERBS = new Set(['cost', 'costs', 'costing', 'range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying',
  'priced', 'sell', 'sells', 'selling', 'start', 'starts', 'starting', 'run', 'runs', 'running']);

function rangeIsChange(a: ArticleCtx, first: number): boolean {
  // "exports fell from 3,900 tonnes to 420 tonnes": a change between two levels, not a range
  if (a.tk[first]?.low !== 'from') return false;
  // "fares of ₹20 to ₹80, up from ₹10 to ₹60 now": an aside comparing with the earlier level, itself a range
  const lead = a.tk[first - 1]?.low;
  if ((lead === 'up' || lead === 'down') && a.tk[first - 2]?.raw === ',') return false;
  if (lead && SPAN_VERBS.has(lead)) return false;
  for (let k = first - 1; k >= Math.max(0, first - CHANGE_REACH); k--) {
    const t = a.tk[k]!;
    if (a.tk[k + 1]!.gap >= 2 || (CLAUSE_BREAK.has(t.raw) && a.tk[k + 1]!.gap > 0)) return false;
    if (t.raw === ',' && CLAUSE_OPENERS.has(a.tk[k + 1]!.low) && k + 1 !== first - 1) return false;
    if (CHANGE_VERBS.has(t.low)) return true;
  }
  return false;
}

function kindOf(a: ArticleCtx, first: number, direction: string | null): 'change' | 'level' {
  return direction && a.tk[first - 1]?.low === 'by' ? 'change' : 'level';
}

export function tonnageFacts(a: ArticleCtx, weights: WeightMention[]): Fact[] {
  const out: Fact[] = [];
  const ktIsTonnes = ktMeansTonnes(a, weights);
  for (const m of weights) {
    const fine = TONNAGE_UNITS.has(m.unit) ? null : fineUnitOfGoods(a.tk, m);
    if (m.article || (!TONNAGE_UNITS.has(m.unit) && !fine)) continue;
    const unit = fine ?? m.unit;
    const goods = goodsVerdict(a, m, ktIsTonnes);
    if (!goods.keep) continue;
    const toT = (v: number) => tidy((v * KG_PER_UNIT[unit]) / 1000);
    const reasons: string[] = [];
    let confidence = 0.95;
    if (m.unit === 'ton') {
      confidence = 0.78;
      reasons.push("ambiguous unit 'tons' assumed metric (a short ton is 0.907 t)");
    }
    if (m.unitText === 'Mt' || m.unitText === 'Mts') {
      confidence = Math.min(confidence, 0.85);
      reasons.push("'Mt' read as million tonnes");
    }
    if (m.unit === 'lb') reasons.push('converted from pounds');
    if (fine) reasons.push(`converted from ${fine === 'g' ? 'grams' : fine === 'ozt' ? 'troy ounces' : 'ounces'}`);
    if (goods.reason) {
      confidence = Math.min(confidence, 0.7);
      reasons.push(goods.reason);
    }
    const pieces = m.range && rangeIsChange(a, m.firstToken) ? [m.range.min, m.range.max] : null;
    if (pieces) {
      // two levels: the starting one and the new one
      pieces.forEach((v, k) => {
        const f = baseFact(a, 'tonnage', toT(v), m.start, m.end, m.firstToken);
        out.push({ ...f, unit: 't', qualifier: k === 0 ? 'from' : m.qualifier, direction: m.direction, kind: 'level', confidence, reasons: [...reasons, 'one end of a change written as "from X to Y"'] });
      });
      continue;
    }
    const f = baseFact(a, 'tonnage', toT(m.value), m.start, m.end, m.firstToken);
    out.push({
      ...f, unit: 't', qualifier: m.qualifier, direction: m.direction, kind: kindOf(a, m.firstToken, m.direction),
      range: m.range ? { min: toT(m.range.min), max: toT(m.range.max) } : null, confidence, reasons,
    });
  }
  return out;
}

export function percentageFacts(a: ArticleCtx, percents: PercentMention[]): Fact[] {
  const out: Fact[] = [];
  for (const m of percents) {
    if (m.value === null) continue;
    const f = baseFact(a, 'percentage', m.value, m.start, m.end, m.firstToken);
    const reasons: string[] = [];
    const confidence = 0.95;
    // "rose from 0.9% to 1.2%": the two levels of a change, each a figure of its own
    if (m.range && rangeIsChange(a, m.firstToken)) {
      for (const [k, v] of [m.range.min, m.range.max].entries()) {
        out.push({ ...f, value: v, unit: m.unit, qualifier: k === 0 ? 'from' : m.qualifier, direction: m.direction, kind: 'level', range: null, confidence, reasons: ['one end of a change written as "from X to Y"'] });
      }
      continue;
    }
    out.push({ ...f, unit: m.unit, qualifier: m.qualifier, direction: m.direction, kind: m.kind, range: m.range, confidence, reasons });
  }
  return out;
}

export function moneyFacts(a: ArticleCtx, money: MoneyMention[]): Fact[] {
  const out: Fact[] = [];
  for (const m of money) {
    // the surface text is the amount ("$500"); "a ton" lives in the unit (USD/t)
    const f = baseFact(a, 'money', m.value, m.start, m.amountEnd, m.firstToken);
    const unit = m.perUnit ? `${m.currency}/${m.perUnit}` : m.currency;
    const reasons = [...m.doubts, ...m.notes];
    if (m.perUnit) reasons.push(`a price per ${m.perUnit}, not an amount`);
    const confidence = m.doubts.length ? 0.7 : m.unitFromContext ? 0.9 : 0.95;
    // "profit rose by $2 billion" is a change; a price per unit is a level; a plain amount is left unsaid
    const kind = m.perUnit ? 'level' : kindOf(a, m.firstToken, m.direction) === 'change' ? 'change' : null;
    // "revenue rose from $2 billion to $3 billion": the two levels of a change, not a range
    if (m.range && rangeIsChange(a, m.firstToken - 1)) {
      for (const [k, v] of [m.range.min, m.range.max].entries()) {
        out.push({ ...f, value: v, unit, qualifier: k === 0 ? 'from' : m.qualifier, direction: m.direction, kind, confidence, reasons: [...reasons, 'one end of a change written as "from X to Y"'] });
      }
      continue;
    }
    out.push({ ...f, unit, qualifier: m.qualifier, direction: m.direction, kind, range: m.range, confidence, reasons });
  }
  return out;
}
