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
/** What a chain opens and closes, and the verbs for it. */
const OUTLET_VERBS = new Set(['shut', 'shuts', 'closed', 'closes', 'opened', 'opens', 'reopened', 'relocated', 'sold']);
const OUTLETS = new Set(['branch', 'branches', 'store', 'stores', 'shop', 'shops', 'outlet', 'outlets', 'depot', 'depots', 'warehouse',
  'factory', 'plant', 'showroom', 'restaurants', 'restaurant', 'franchise']);
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
  // "X shut its branch in the town", "X opened its first store": a person's would be "his" or "her" shop
  if (OUTLET_VERBS.has(low(tk, next)) && low(tk, next + 1) === 'its') {
    for (let j = next + 2; j < next + 5; j++) if (OUTLETS.has(low(tk, j))) return 'runs branches or stores';
  }
  return null;
}
