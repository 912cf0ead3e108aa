import type { Token } from '../text/tokenize.ts';

/** What a business owns or does, after "X's": "Google's streaming platform", "Amazon's small business loans". */
const BUSINESS_NOUNS = new Set(['shares', 'stock', 'ceo', 'chief', 'founder', 'chairman', 'revenue', 'revenues', 'profit', 'profits',
  'earnings', 'sales', 'customers', 'users', 'subscribers', 'employees', 'workers', 'staff', 'executives', 'headquarters', 'stores',
  'factory', 'factories', 'plant', 'plants', 'platform', 'service', 'services', 'app', 'apps', 'products', 'brand', 'business',
  'acquisition', 'valuation', 'ipo', 'investors', 'shareholders', 'streaming', 'software', 'devices', 'chips', 'cars',
  'vehicles', 'phones', 'payment', 'payments', 'subsidiary', 'parent', 'spokesperson', 'spokesman', 'spokeswoman', 'website',
  'smartphone', 'smartphones', 'console', 'consoles', 'drug', 'drugs', 'vaccine', 'chip', 'stores', 'brands',
  'lineup', 'catalog', 'catalogue', 'dealership', 'dealerships', 'earnings', 'shareholder', 'offices', 'strategy', 'vehicle',
  'models', 'lineup', 'shareholders', 'stake', 'plant', 'mine', 'mines', 'refinery', 'smelter', 'shipments']);

const BUSINESS_PAIRS = new Set(['market value', 'market share', 'market cap', 'market capitalization', 'market capitalisation',
  'annual report', 'quarterly report', 'quarterly results', 'share price', 'stock price', 'balance sheet', 'order book', 'board members',
  'video game', 'video games']);

/**
 * A business noun among the first three words after a possessive ("Acme's top-selling vehicle",
 * "Acme's (delayed) cloud service"): hyphens inside a compound and a bracketed aside are not words of it.
 */
export function possessedNoun(tk: Token[], k: number): string | null {
  let words = 0;
  for (let j = k; j < k + 12 && words < 3; j++) {
    const t = tk[j];
    if (!t) return null;
    if (t.raw === '-' && t.gap === 0) continue;
    if (t.raw === '(' && words === 0) {
      const close = tk.slice(j + 1, j + 6).findIndex((x) => x.raw === ')');
      if (close < 0) return null;
      j += close + 1;
      continue;
    }
    if (t.kind !== 'word') return null;
    if (BUSINESS_NOUNS.has(t.low)) return t.low;
    // "Acme's board of directors": a charity's board has trustees, a person has none
    if (t.low === 'board' && tk[j + 1]?.low === 'of' && tk[j + 2]?.low === 'directors') return 'board of directors';
    // "Acme's market value", "Acme's annual report", "Acme's share price": a firm's figures in two words
    const pair = `${t.low} ${tk[j + 1]?.low ?? ''}`;
    if (BUSINESS_PAIRS.has(pair)) return pair;
    words++;
  }
  return null;
}
