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
