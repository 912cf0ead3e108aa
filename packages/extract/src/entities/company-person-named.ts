import type { Token } from '../text/tokenize.ts';
import { describedAs } from './company-description.ts';

/**
 * Firms named after a person ("John Lewis", "William Hill") read as people by their given name; a cue that
 * only a business takes says otherwise: a description as a business ("X, the department store chain"),
 * a leader of it ("the chairman of X"), or its shares ("shares of X", "X (NYSE: ABC)").
 */

/** Titles of those who lead a business, before "of X" ("the chief executive of X"); not "partner" or "friend", which people have. */
const LEADERS = new Set(['ceo', 'chairman', 'chairwoman', 'chair', 'president', 'executive', 'founder', 'cofounder', 'boss', 'owner']);
/** Heads of a description that no person is ("a commodities trader" or "a local builder" may well be one). */
const INSTITUTIONS = new Set(['company', 'firm', 'chain', 'brand', 'bank', 'lender', 'insurer', 'retailer', 'conglomerate', 'multinational',
  'group', 'carmaker', 'automaker', 'airline', 'business', 'label', 'studio', 'subsidiary', 'unit', 'corporation', 'enterprise']);
const LISTINGS = /^(nyse|nasdaq|asx|tsx|lse|hkex|sse|szse|tse|otc)$/;

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** The cue that makes the name at [first, next), which starts with a given name, a firm's; or null. */
export function personNamedFirm(tk: Token[], first: number, next: number): string | null {
  const described = describedAs(tk, first, next);
  if (described?.kind === 'company' && INSTITUTIONS.has(described.noun)) return 'described as a business';
  if (low(tk, first - 1) === 'of' && LEADERS.has(low(tk, first - 2))) return 'someone leads it';
  if ((low(tk, first - 1) === 'of' || low(tk, first - 1) === 'in') && ['shares', 'stock', 'stake'].includes(low(tk, first - 2))) return 'its shares are traded';
  if (low(tk, next) === '(' && LISTINGS.test(low(tk, next + 1))) return 'stock ticker';
  return null;
}
