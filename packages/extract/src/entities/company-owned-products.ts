import type { Token } from '../text/tokenize.ts';

/**
 * "Safaricom's M-Pesa service", "Vantor's Pebble app", "Unilever's Dove brand": a name that a company the article
 * names owns, followed by the kind of thing it is, is a product or service of that company, not a firm of its own
 * (however a list knows the name). A firm a company owns is written with a firm's noun ("its Acme unit") instead.
 */

/** Nouns of the things firms sell or run under a name of their own. */
const PRODUCT_KINDS = new Set(['service', 'app', 'apps', 'brand', 'brands', 'platform', 'wallet', 'card', 'cards', 'product', 'products',
  'range', 'drug', 'vaccine', 'software', 'console', 'phone', 'handset', 'smartphone', 'tablet', 'laptop', 'car', 'model', 'sedan', 'suv',
  'chip', 'chips', 'engine', 'jet', 'aircraft', 'beer', 'lager', 'whisky', 'cereal', 'soap', 'shampoo', 'trainer', 'trainers',
  'scheme', 'tariff', 'plan', 'loyalty', 'chatbot', 'assistant', 'browser', 'search', 'streaming', 'marketplace', 'payments']);

/** Whether the mention at [first, next) follows a found company's possessive and comes before a product noun. */
export function ownedProduct(tk: Token[], first: number, next: number, owners: ReadonlyArray<{ first: number; next: number }>): boolean {
  if (!PRODUCT_KINDS.has(tk[next]?.low ?? '')) return false;
  const apostrophe = tk[first - 2]?.raw;
  if (tk[first - 1]?.low !== 's' || (apostrophe !== "'" && apostrophe !== '’')) return false;
  return owners.some((o) => o.next === first - 2 && o.first !== first);
}

/** Words between a possessive and the product noun it owns ("Acme's new streaming service, X"). */
const MAX_MODIFIERS = 3;

/**
 * "Corvid's streaming service, CorvidPlus", "its budgeting app, Pennywise": a product noun owned by a company the
 * article names (or by "its"), set off by a comma before the name, says the name is that company's product.
 */
export function ownedProductBefore(tk: Token[], first: number, next: number, owners: ReadonlyArray<{ first: number; next: number }>): boolean {
  // "Acme's credit card, Borealis's loans": a list of owners and what they own, not an apposition
  if (tk[next]?.raw === "'" || tk[next]?.raw === '’') return false;
  const comma = tk[first - 1]?.raw === ',' ? first - 1 : tk[first - 1]?.low === 'the' && tk[first - 2]?.raw === ',' ? first - 2 : -1;
  if (comma < 0 || !PRODUCT_KINDS.has(tk[comma - 1]?.low ?? '') || tk[comma - 1]!.raw !== tk[comma - 1]!.low) return false;
  for (let k = comma - 2; k >= Math.max(0, comma - 2 - MAX_MODIFIERS); k--) {
    const t = tk[k]!;
    if (t.low === 'its') return true;
    if (t.low === 's' && (tk[k - 1]?.raw === "'" || tk[k - 1]?.raw === '’')) return owners.some((o) => o.next === k - 1 && o.first < first);
    // modifiers are small words glued by hyphens at most ("its buy-now-pay-later app")
    if (t.kind !== 'word' && t.raw !== '-') return false;
    if (t.kind === 'word' && t.raw !== t.low) return false;
  }
  return false;
}
