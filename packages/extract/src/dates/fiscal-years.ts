import type { Token } from '../text/tokenize.ts';
import type { DateMention } from './recognize-dates.ts';

/**
 * Fiscal years as one dated fact that keeps its period: "FY19" and "fiscal 2019" are FY2019, "FY 2023-24"
 * and "financial year 2023/24" are FY2023-24 (a year that starts in 2023 and ends in 2024). The months a
 * fiscal year covers differ by company and country, so the value names the fiscal year, not a calendar span.
 */

const FISCAL = /\b(?:FY|F\.Y\.|fiscal(?:\s+year)?|financial\s+year)\s?['’]?(\d{4}|\d{2})(?:\s?[-–/]\s?(\d{4}|\d{2}))?(?![\d%])/gi;

/** At most this many fiscal years are read from one article. */
const MAX_FISCAL = 200;

function fullYear(s: string): number {
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}

function tokenAt(tk: Token[], offset: number): number {
  let lo = 0;
  let hi = tk.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function fiscalYears(text: string, tk: Token[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(FISCAL)) {
    if (out.length >= MAX_FISCAL) break;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const first = fullYear(m[1]!);
    if (first < 1950 || first > 2100) continue;
    let value = `FY${first}`;
    if (m[2]) {
      const second = fullYear(m[2].length === 2 ? `${String(first).slice(0, 2)}${m[2]}` : m[2]);
      // "FY 2023-24": consecutive years make one fiscal year; anything else is not one
      if (second !== first + 1) continue;
      value = `FY${first}-${String(second).slice(2)}`;
    }
    const firstToken = tokenAt(tk, start);
    const nextToken = tokenAt(tk, end - 1) + 1;
    out.push({
      text: m[0], start, end, value, grain: 'year', from: null, to: null, lastFrom: null, openStart: false, openEnd: false,
      relative: false, inferredYear: false, qualifier: 'fiscal', bias: 'nearest', firstToken, nextToken, parts: [],
    });
  }
  return out;
}
