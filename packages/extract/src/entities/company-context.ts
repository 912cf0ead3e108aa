import type { Token } from '../text/tokenize.ts';

/** Words around a name that say it is a company: "X, a magnet maker", "firms such as X", "X's shares". */

const COMPANY_NOUNS = new Set([
  'company', 'companies', 'firm', 'firms', 'producer', 'producers', 'maker', 'makers', 'manufacturer', 'manufacturers',
  'miner', 'miners', 'supplier', 'suppliers', 'refiner', 'refiners', 'carmaker', 'carmakers', 'automaker', 'automakers',
  'conglomerate', 'startup', 'start-up', 'trader', 'traders', 'developer', 'developers', 'operator', 'processor', 'processors',
  'group', 'subsidiary', 'unit', 'rival', 'rivals', 'competitor', 'peer', 'peers', 'customer', 'customers', 'buyer', 'buyers',
  'lender', 'bank', 'insurer', 'retailer', 'chipmaker', 'chipmakers', 'airline', 'brand', 'giant', 'giants', 'exporter',
  'exporters', 'importer', 'importers', 'smelter', 'smelters', 'recycler', 'recyclers', 'fund', 'investor', 'shipper',
]);
const BUSINESS_POSSESSIONS = new Set(['shares', 'stock', 'ceo', 'chief', 'chairman', 'chairwoman', 'plant', 'plants', 'factory',
  'factories', 'mine', 'mines', 'subsidiary', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'board', 'shareholders',
  'stake', 'refinery', 'smelter', 'facility', 'facilities', 'products', 'customers', 'executives', 'president', 'spokesperson',
  'spokesman', 'spokeswoman', 'operations', 'output', 'sales', 'market']);
const JOB_NOUNS = new Set(['analyst', 'analysts', 'executive', 'executives', 'director', 'head', 'chief', 'economist', 'strategist',
  'manager', 'engineer', 'researcher', 'officer', 'founder', 'employee', 'employees', 'pricing', 'partner', 'vice', 'president']);
const LIST_LEADS = ['such as', 'including', 'like', 'led by'];

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

function commaListBack(tk: Token[], j: number): number {
  // walk back over "A, B and" to the start of the list
  let k = j;
  for (let hops = 0; hops < 12 && k > 0; hops++) {
    const w = low(tk, k - 1);
    if (w === ',' || w === 'and' || w === 'or' || (tk[k - 1]?.kind === 'word' && tk[k - 1]!.raw[0] !== tk[k - 1]!.low[0])) k--;
    else break;
  }
  return k;
}

export function companyContext(tk: Token[], first: number, next: number): string | null {
  // "X, a Chinese magnet maker", "X, the world's largest producer"
  if (low(tk, next) === ',' && ['a', 'an', 'the'].includes(low(tk, next + 1))) {
    // the head of the description, before any clause: "Mountain Pass, the company's mine" is a mine
    for (let k = next + 2; k < next + 8 && k < tk.length; k++) {
      const w = low(tk, k);
      if (w === ',' || w === '.' || w === 'who' || w === 'which' || w === 'that' || w === 'whose' || w === 'of' || w === 'in') break;
      if (COMPANY_NOUNS.has(w) && low(tk, k + 1) !== "'") return 'described as a company';
    }
  }
  // "magnet maker X", "automaker X", "Japanese trading house X"
  if (COMPANY_NOUNS.has(low(tk, first - 1)) && tk[first - 1]!.kind === 'word' && !['companies', 'firms', 'producers', 'makers', 'group'].includes(low(tk, first - 1))) return 'named after a company noun';
  // "companies such as A, B and X"
  const listStart = commaListBack(tk, first);
  for (const lead of LIST_LEADS) {
    const parts = lead.split(' ');
    const at = listStart - parts.length;
    if (at < 1) continue;
    if (parts.every((p, k) => low(tk, at + k) === p)) {
      for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (COMPANY_NOUNS.has(low(tk, k))) return 'listed among companies';
    }
  }
  // "X's shares", "X's chief executive"
  if (low(tk, next) === "'" && (low(tk, next + 1) === 's' || tk[next + 1]?.gap !== 0)) {
    const k = low(tk, next + 1) === 's' ? next + 2 : next + 1;
    if (BUSINESS_POSSESSIONS.has(low(tk, k)) || BUSINESS_POSSESSIONS.has(low(tk, k + 1))) return 'possesses shares, plants or executives';
  }
  // "shares of X", "X shares rose"
  if (low(tk, first - 1) === 'of' && (low(tk, first - 2) === 'shares' || low(tk, first - 2) === 'stock')) return 'its shares are traded';
  if ((low(tk, next) === 'shares' || low(tk, next) === 'stock') && tk[next]!.gap === 1) return 'its shares are traded';
  // "head of metal pricing at X", "an analyst at X"
  if (low(tk, first - 1) === 'at' || low(tk, first - 1) === 'with') {
    for (let k = first - 2; k >= Math.max(0, first - 6); k--) {
      if (JOB_NOUNS.has(low(tk, k))) return 'someone works there';
      if (low(tk, k) === ',' || low(tk, k) === '.') break;
    }
  }
  // "X (ASX: LYC)", "(NYSE: MP)"
  if (low(tk, next) === '(' && /^(nyse|nasdaq|asx|tsx|lse|hkex|sse|szse|tse|otc)$/.test(low(tk, next + 1))) return 'stock ticker';
  return null;
}
