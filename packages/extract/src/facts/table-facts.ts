import type { Fact, Measurement } from '@newsfacts/core';
import type { CountryMention } from '../entities/countries.ts';
import type { Numeral } from '../numbers/numeral.ts';
import { KG_PER_UNIT, weightUnitAt, type UnitMatch } from '../quantities/weight-units.ts';
import { moneyHeadingIn, type MoneyHeading } from '../quantities/money-heading.ts';
import type { Token } from '../text/tokenize.ts';
import { baseFact, tidy, type ArticleCtx } from './context.ts';
import { scaleBefore } from './document-units.ts';

/**
 * Tonnages standing alone in table cells ("January | 4,710 | 612"), with the unit taken from the column
 * heading or the table's caption ("China's rare-earth magnet exports in 2025 (tonnes)"). Tables arrive as
 * one block per row with cells separated by " | ".
 */

interface Block {
  first: number;
  next: number;
  pipes: number[];
}

function blocks(tk: Token[]): Block[] {
  const out: Block[] = [];
  let first = 0;
  for (let j = 1; j <= tk.length; j++) {
    if (j === tk.length || tk[j]!.gap === 3) {
      const pipes: number[] = [];
      for (let k = first; k < j; k++) if (tk[k]!.raw === '|') pipes.push(k);
      out.push({ first, next: j, pipes });
      first = j;
    }
  }
  return out;
}

/** Cells of a row as token ranges. */
function cells(b: Block): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = b.first;
  for (const p of b.pipes) {
    out.push([s, p]);
    s = p + 1;
  }
  out.push([s, b.next]);
  return out;
}

/** A mass unit written anywhere in the range, usually in brackets: "(tonnes)", "Exports, t". */
function unitIn(tk: Token[], from: number, to: number): UnitMatch | null {
  for (let k = from; k < to; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word' && t.raw !== '(' && t.raw !== "'") continue;
    const u = weightUnitAt(tk, k);
    if (u && u.next <= to + 1) return { ...u, mult: u.mult * scaleBefore(tk, u.first, from) };
  }
  return null;
}

/** Words of a column heading that make its percentages changes ("Change, %", "y/y %", "Growth (%)"). */
const CHANGE_HEADINGS = new Set(['change', 'chg', 'growth', 'yoy', 'y/y', 'm/m', 'q/q', 'mom', 'qoq', 'diff', 'difference', '+/-', 'vs']);

/** A column of percentages: its heading writes "%", "percent" or "pct"; `change` when it also names a change. */
function percentColumn(tk: Token[], from: number, to: number): { change: boolean; share: boolean } | null {
  let percent = false;
  let change = false;
  let share = false;
  for (let k = from; k < to; k++) {
    const t = tk[k]!;
    if (t.raw === '%' || t.low === 'percent' || t.low === 'pct' || t.low === 'per') percent = percent || t.low !== 'per' || tk[k + 1]?.low === 'cent';
    if (CHANGE_HEADINGS.has(t.low)) change = true;
    if (t.low === 'share') share = true;
    // "y/y", "m/m" as letters around a slash
    if (t.raw === '/' && t.gap === 0 && tk[k - 1]?.raw.length === 1 && tk[k + 1]?.raw.length === 1 && tk[k + 1]!.gap === 0) change = true;
  }
  return percent ? { change, share } : null;
}

/** A column heading that names a change ("Weekly change", "Chg", "y/y"). */
function changeHeading(tk: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CHANGE_HEADINGS.has(tk[k]!.low)) return true;
  return false;
}

/** A year written alone in a column heading ("2025"): the year of that column's figures. */
function headingYear(dates: TableInputs['dates'], from: number, to: number): string | null {
  const d = dates.find((x) => x.first >= from && x.next <= to && /^\d{4}$/.test(x.value));
  return d ? d.value : null;
}

export interface TableInputs {
  a: ArticleCtx;
  numerals: Numeral[];
  countries: CountryMention[];
  dates: Array<{ first: number; next: number; value: string }>;
  metricOf: (from: number, to: number) => string | null;
}

export function tableFacts(m: TableInputs): Fact[] {
  const { a, numerals } = m;
  const { tk } = a;
  const byFirst = new Map(numerals.map((n) => [n.first, n]));
  const bs = blocks(tk);
  const out: Fact[] = [];
  let i = 0;
  while (i < bs.length) {
    if (bs[i]!.pipes.length === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < bs.length && bs[j]!.pipes.length === bs[i]!.pipes.length) j++;
    if (j - i >= 2) out.push(...oneTable(m, bs, i, j, byFirst));
    i = j;
  }
  return out;
}

function oneTable(m: TableInputs, bs: Block[], from: number, to: number, byFirst: Map<number, Numeral>): Fact[] {
  const { a } = m;
  const { tk } = a;
  const caption = from > 0 && bs[from - 1]!.pipes.length === 0 && bs[from - 1]!.next - bs[from - 1]!.first <= 30 ? bs[from - 1]! : null;
  const captionUnit = caption ? unitIn(tk, caption.first, caption.next) : null;
  const header = cells(bs[from]!);
  const colUnits = header.map(([s, e]) => unitIn(tk, s, e));
  // the heading over the row labels may state the unit of the whole table ("In '000 t | 2025 | 2024")
  const colMoney = header.map(([s, e]) => moneyHeadingIn(tk, s, e, a.text));
  const captionMoney = caption ? moneyHeadingIn(tk, caption.first, caption.next, a.text) : null;
  // "Price ($/t)": a mass after a currency's slash is what the price is quoted per, not the figures' unit
  const tableUnit = colMoney[0]?.perUnit ? null : colUnits[0] ?? (captionMoney?.perUnit ? null : captionUnit);
  const colChanges = header.map(([s, e]) => changeHeading(tk, s, e));
  const colPercents = header.map(([s, e]) => percentColumn(tk, s, e));
  const colYears = header.map(([s, e]) => headingYear(m.dates, s, e));
  // money: a column's own currency first, then the one over the row labels or in the caption
  const tableMoney = colMoney[0] ?? captionMoney;
  const metric = caption ? m.metricOf(caption.first, caption.next) : null;
  const subject = caption ? m.countries.find((c) => c.firstToken >= caption.first && c.nextToken <= caption.next && (c.possessive || c.form === 'demonym'))?.code ?? null : null;
  const out: Fact[] = [];
  for (let r = from + 1; r < to; r++) {
    const row = cells(bs[r]!);
    row.forEach(([s, e], col) => {
      // the first column labels the row (a month, a country); its figures are not quantities
      if (col === 0) return;
      const pc = colUnits[col] || colMoney[col] ? null : colPercents[col];
      const u = colMoney[col] ? null : colUnits[col] ?? tableUnit;
      const money = colMoney[col] ?? (u || pc ? null : tableMoney);
      if ((!u && !pc && !money) || s >= e) return;
      const n = byFirst.get(s);
      if (!n || n.next !== e || n.words) return;
      if (money) {
        out.push(moneyCell(a, n, start0(tk, s), tk[e - 1]!.end, s, money, tk[bs[r]!.first]!.start, tk[bs[r]!.next - 1]!.end));
        return;
      }
      const start = tk[s]!.start;
      const end = tk[e - 1]!.end;
      // a month in the row and a year in the column heading date the cell together ("Jan" under "2024")
      const rowPeriod = m.dates.find((d) => d.first >= row[0]![0] && d.next <= row[0]![1])?.value ?? null;
      const colYear = colYears[col] ?? null;
      const period = colYear && rowPeriod && /^\d{4}-\d{2}$/.test(rowPeriod) ? `${colYear}${rowPeriod.slice(4)}` : rowPeriod ?? colYear;
      if (pc) {
        out.push(percentCell(a, n, start, end, s, pc, metric ? { metric, subject, partner: null, period } : null, tk[bs[r]!.first]!.start, tk[bs[r]!.next - 1]!.end));
        return;
      }
      if (!u) return;
      // a change column keeps its sign as a direction, as the conventions write changes
      const change = colChanges[col]!;
      const t = tidy((Math.abs(n.value) * u.mult * KG_PER_UNIT[u.unit]) / 1000) * (change || n.value >= 0 ? 1 : -1);
      const f = baseFact(a, 'tonnage', t, start, end, s);
      const direction = change && n.value !== 0 ? (n.value < 0 ? 'down' : 'up') : null;
      const [hs, he] = header[col]!;
      const partner = m.countries.find((c) => c.firstToken >= hs && c.nextToken <= he)?.code ?? null;
      const measurement: Measurement | null = metric ? { metric, subject, partner, period } : null;
      out.push({
        ...f, unit: 't', kind: change ? 'change' : 'level', direction, measurement, sentence: a.text.slice(tk[bs[r]!.first]!.start, tk[bs[r]!.next - 1]!.end),
        confidence: u.unit === 'ton' ? 0.75 : 0.85,
        reasons: ['figure in a table; unit taken from the table heading', ...(u.unit === 'ton' ? ["ambiguous unit 'tons' assumed metric"] : [])],
      });
    });
  }
  return out;
}

const start0 = (tk: Token[], s: number) => tk[s]!.start;

/** A cell under a money heading ("Revenue ($m)"): the figure times the heading's scale, in its currency. */
function moneyCell(a: ArticleCtx, n: Numeral, start: number, end: number, first: number, h: MoneyHeading, rowStart: number, rowEnd: number): Fact {
  const f = baseFact(a, 'money', tidy(Math.abs(n.value) * h.mult), start, end, first);
  return {
    ...f, unit: h.perUnit ? `${h.code}/${h.perUnit}` : h.code, kind: h.perUnit ? 'level' : null, sentence: a.text.slice(rowStart, rowEnd),
    confidence: 0.85, reasons: ['figure in a table; currency taken from the table heading'],
  };
}

/** A cell of a percentage column: a change keeps its sign as a direction, as the conventions write changes. */
function percentCell(a: ArticleCtx, n: Numeral, start: number, end: number, first: number, pc: { change: boolean; share: boolean }, measurement: Measurement | null, rowStart: number, rowEnd: number): Fact {
  const f = baseFact(a, 'percentage', pc.change ? tidy(Math.abs(n.value)) : n.value, start, end, first);
  const direction = pc.change && n.value !== 0 ? (n.value < 0 ? 'down' : 'up') : null;
  return {
    ...f, unit: '%', kind: pc.change ? 'change' : pc.share ? 'share' : 'level', direction, measurement, sentence: a.text.slice(rowStart, rowEnd),
    confidence: 0.85, reasons: ['figure in a table; percent taken from the column heading'],
  };
}
