import type { Token } from '../text/tokenize.ts';
import { corporateCue } from './company-corporate-cues.ts';

/**
 * Cues from the clause around a name that only a business fits: what it plans to do ("X plans to
 * launch", "X is rolling out"), where it speaks ("X said in a regulatory filing", "X told investors"),
 * who works there ("she works at X", "employed by X"), the money it raises ("X is set to raise $2
 * billion"), its website ("at Tixora.com") and the programmes made for it ("a Vexflix documentary").
 * Each is read from the words around the name only; vetoes and the person tagger judge the result
 * as they judge any other context cue.
 */

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

/** Words between a subject and its verb that say when or how sure ("plans to", "is set to", "will soon"). */
const AUXILIARIES = new Set(['will', 'would', 'could', 'may', 'might', 'plans', 'planned', 'intends', 'aims', 'hopes', 'wants',
  'is', 'has', 'had', 'also', 'now', 'still', 'set', 'expected', 'poised', 'preparing', 'to', 'just', 'recently', 'reportedly',
  'quietly', 'officially', 'finally', 'already', 'soon', 'itself', 'agreed', 'agrees', 'said', 'says', 'it']);
/** Verbs of launching, buying and selling goods and firms, in any form a clause after an auxiliary takes. */
const DEALING_VERBS = new Set(['launch', 'launching', 'launched', 'unveil', 'unveiling', 'unveiled', 'acquire', 'acquiring', 'acquired',
  'ship', 'shipping', 'shipped', 'manufacture', 'manufacturing', 'debut', 'debuting', 'debuted', 'recall', 'recalling', 'sell',
  'selling', 'sold', 'relaunch', 'relaunched', 'buy', 'offer', 'introduce']);
/** Verbs that take "out" or "off" as a firm does: "rolling out a model", "laying off staff". */
const PHRASAL_VERBS: Record<string, string> = { roll: 'out', rolls: 'out', rolling: 'out', rolled: 'out', lay: 'off', laying: 'off' };
/** What follows a verb used without an object ("the console launches tomorrow"): a product's own launch, not a firm's act. */
const NO_OBJECT = new Set(['.', ',', ';', ':', 'on', 'in', 'at', 'this', 'next', 'today', 'tomorrow', 'tonight', 'later', 'last',
  'early', 'earlier', 'soon', 'worldwide', 'globally', 'with', 'for', 'and', 'in', 'by', 'from', 'to', 'as', 'when', 'after', 'before']);
/** The verb at `k` takes no object ("the console launches tomorrow"): what launched is a product, not its maker. */
export function withoutObject(tk: Token[], k: number): boolean {
  return NO_OBJECT.has(low(tk, k + 1));
}

/** Passive auxiliaries: "X was launched" makes X the product. */
const PASSIVE = new Set(['is', 'was', 'be', 'been', 'being', 'are', 'were']);

/** Raising an amount of money: a firm's funding round or share sale ("Acme is set to raise up to $2 billion"). */
const RAISING = new Set(['raise', 'raising', 'raised', 'raises']);
const AMOUNT_HEDGES = new Set(['up', 'to', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'over', 'as', 'much', 'another', 'an', 'additional', 'a', 'further']);

/** An amount of money starts at `k`, after at most three hedging words: "$40 million", "up to €2bn", "about 300 million yuan". */
function raisesMoney(tk: Token[], k: number): boolean {
  let j = k;
  while (AMOUNT_HEDGES.has(low(tk, j)) && j < k + 3) j++;
  const t = tk[j];
  if (!t) return false;
  return /^[$€£¥₹]$/.test(t.raw) || ((t.raw === 'US' || t.raw === 'HK' || t.raw === 'A' || t.raw === 'C') && tk[j + 1]?.raw === '$');
}

/** "Acme plans to launch a phone", "Acme is rolling out trucks", "Acme has quietly acquired a rival". */
function plansBusiness(tk: Token[], next: number): string | null {
  let k = next;
  const skipped: string[] = [];
  while (AUXILIARIES.has(low(tk, k)) && skipped.length < 5) skipped.push(low(tk, k++));
  // "X said it would launch": "it" takes up the name (no person's), so the plan is the name's own; "X said they" is not read
  if (skipped.includes('it') && !/^(?:said|says)$/.test(skipped[skipped.indexOf('it') - 1] ?? '')) return null;
  // the plain "Acme launched" is read elsewhere; here an auxiliary stands between
  // "Prior to launch, ...": a bare "to" after the name is a preposition's, not a plan's
  if (skipped.length === 0 || skipped[0] === 'to' || tk[k]?.kind !== 'word') return null;
  const verb = low(tk, k);
  const particle = PHRASAL_VERBS[verb];
  // "the model was rolled out" is the product's
  if (particle) return low(tk, k + 1) === particle && !(verb === 'rolled' && skipped.some((w) => PASSIVE.has(w))) ? `plans to '${verb} ${particle}'` : null;
  if (RAISING.has(verb)) return raisesMoney(tk, k + 1) ? 'raises capital' : null;
  if (!DEALING_VERBS.has(verb) || withoutObject(tk, k)) return null;
  // "Acme was acquired" still names a business; "the phone was launched" names the thing launched
  if (skipped.some((w) => PASSIVE.has(w)) && /(?:ed|sold)$/.test(verb) && verb !== 'acquired') return null;
  return `plans to '${verb}'`;
}

/** Papers only a business files: "said in a regulatory filing", "in an exchange filing", "in a press release". */
const FILING_HEADS = new Set(['filing', 'filings', 'release']);
const FILING_KINDS = new Set(['regulatory', 'exchange', 'stock', 'securities', 'press', 'earnings', 'annual', 'quarterly']);
/** Those a business reports to: "X told investors". */
const BUSINESS_AUDIENCES = new Set(['investors', 'shareholders', 'analysts', 'stockholders', 'bondholders']);

/** "Acme said in a stock exchange filing", "Acme told investors on a call". */
function speaksAsBusiness(tk: Token[], next: number): string | null {
  let k = next;
  if (low(tk, k) === 'also') k++;
  const verb = low(tk, k);
  if (verb === 'told' && BUSINESS_AUDIENCES.has(low(tk, k + 1))) return `tells ${low(tk, k + 1)}`;
  if (!['said', 'says', 'announced', 'disclosed', 'stated', 'revealed'].includes(verb) || low(tk, k + 1) !== 'in') return null;
  if (!['a', 'an', 'its'].includes(low(tk, k + 2))) return null;
  for (let j = k + 3; j < k + 7; j++) {
    if (FILING_HEADS.has(low(tk, j))) return FILING_KINDS.has(low(tk, j - 1)) || low(tk, j) !== 'release' ? 'speaks in a filing' : null;
    if (tk[j]?.kind !== 'word' && low(tk, j) !== '-') return null;
  }
  return null;
}

/** Words before "at X" or "by X" that make X an employer: "she works at X", "a job at X", "employed by X". */
const WORKING_AT = new Set(['works', 'worked', 'working', 'job', 'career', 'stint', 'internship', 'interned', 'employed']);

function employer(tk: Token[], first: number): string | null {
  const prep = low(tk, first - 1);
  if (prep === 'by' && low(tk, first - 2) === 'employed') return 'someone works there';
  if (prep !== 'at') return null;
  // "worked briefly at X", "her first job at X"
  if (WORKING_AT.has(low(tk, first - 2)) || (WORKING_AT.has(low(tk, first - 3)) && tk[first - 2]?.kind === 'word' && /ly$/.test(low(tk, first - 2)))) return 'someone works there';
  return null;
}

/** Top-level domains of commerce ("org", "gov", "edu" are other bodies'; country codes name outlets as often). */
const COMMERCIAL_DOMAINS = new Set(['com', 'net', 'io', 'ai', 'app', 'shop', 'store', 'biz']);

/** "tickets at Tixora.com": a capitalized name glued to a commercial domain is a business's site. */
function website(tk: Token[], next: number): string | null {
  const dot = tk[next];
  const tld = tk[next + 1];
  if (dot?.raw !== '.' || dot.gap !== 0 || !tld || tld.gap !== 0 || tld.raw !== tld.low || !COMMERCIAL_DOMAINS.has(tld.low)) return null;
  return tk[next + 2]?.gap === 0 && tk[next + 2]?.kind === 'word' ? null : 'its website';
}

/** Kinds of programme a streamer or a studio commissions under its own name (a director's or a season's "film" or "special" is no firm's). */
const COMMISSIONED = new Set(['documentary', 'documentaries', 'docuseries', 'original', 'originals']);

/** "a Vexflix documentary", "an upcoming Vexflix original": the service that made or bought the programme. */
function commissions(tk: Token[], first: number, next: number): string | null {
  const noun = tk[next];
  if (!noun || !COMMISSIONED.has(noun.raw) || noun.gap !== 1) return null;
  const det = low(tk, first - 1) === 'upcoming' || low(tk, first - 1) === 'new' ? low(tk, first - 2) : low(tk, first - 1);
  return det === 'a' || det === 'an' ? 'programmes are made for it' : null;
}

/** What only a business has of its own, as the object of its verb: "X cut its dividend", "X will move its whole lineup". */
const OWN_BUSINESS = new Set(['shares', 'stock', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'sales', 'customers',
  'subscribers', 'stores', 'factories', 'factory', 'plant', 'plants', 'lineup', 'products', 'shareholders', 'subsidiary', 'subsidiaries',
  'brand', 'brands', 'dividend', 'ipo', 'valuation', 'dealers', 'dealerships', 'models', 'vehicles', 'smartphones', 'workforce',
  'franchisees', 'outlets', 'guidance', 'shipments', 'stake', 'store', 'showroom']);
/** Words that start no verb phrase after a name ("X and its customers", "X of its stores"). */
const NOT_VERBS = new Set(['and', 'or', 'nor', 'but', 'with', 'of', 'in', 'for', 'to', 'from', 'on', 'at', 'by', 'as', 'about', 'than',
  'like', 'after', 'before', 'without', 'into', 'over', 'under', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'is', 'was', 'are', 'were']);

/** "Acme cut its dividend", "Acme will move its entire lineup": the name is the subject of a verb whose object is its business. */
function actsOnItsBusiness(tk: Token[], next: number): string | null {
  const first = tk[next];
  if (!first || first.kind !== 'word' || first.gap !== 1 || first.raw !== first.low || NOT_VERBS.has(first.low)) return null;
  let k = next + 1;
  while (k < next + 3 && tk[k]?.kind === 'word' && tk[k]!.raw === tk[k]!.low && tk[k]!.low !== 'its' && !NOT_VERBS.has(tk[k]!.low)) k++;
  if (low(tk, k) !== 'its') return null;
  // the noun among the next three words, over adjectives and hyphenated compounds
  let words = 0;
  for (let j = k + 1; j < k + 8 && words < 3; j++) {
    const t = tk[j];
    if (!t) return null;
    if (t.raw === '-' && t.gap === 0) continue;
    if (t.kind !== 'word' && t.kind !== 'num') return null;
    if (OWN_BUSINESS.has(t.low)) return `acts on its ${t.low}`;
    words++;
  }
  return null;
}

/** A firm's results: "X reported a net loss", "X posted record quarterly revenue". */
const RESULT_VERBS = new Set(['reported', 'reports', 'posted', 'posts', 'booked', 'books', 'recorded', 'records', 'swung', 'returned']);
const RESULTS = new Set(['loss', 'losses', 'profit', 'profits', 'revenue', 'revenues', 'earnings', 'sales', 'ebitda', 'turnover', 'margin', 'margins']);
const ACCOUNT_TERMS = new Set(['net', 'quarterly', 'operating', 'pretax', 'pre', 'underlying', 'adjusted', 'core', 'interim', 'half',
  'quarter', 'first', 'second', 'third', 'fourth', 'fiscal', 'gross']);
/** Days that have sales of their own ("sales at Christmas"): no firm after "at". */
const SEASONS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'diwali', 'ramadan', 'eid', 'hanukkah']);

/** "Acme reported a net loss of $4 million", "revenue at Acme rose": what the name earned or lost. */
function results(tk: Token[], first: number, next: number): string | null {
  // a public programme or a fund posts a loss too: only the terms of a firm's accounts ("net", "quarterly") say business
  if (RESULT_VERBS.has(low(tk, next)) && tk[next]!.gap === 1) {
    let accounts = false;
    for (let j = next + 1; j < next + 6 && (tk[j]?.kind === 'word' || tk[j]?.raw === '-'); j++) {
      if (ACCOUNT_TERMS.has(low(tk, j))) accounts = true;
      if (RESULTS.has(low(tk, j))) return accounts ? `reports its ${low(tk, j)}` : null;
    }
  }
  // "Revenue at Acme rose", "quarterly profit at Acme fell"
  if (low(tk, first - 1) === 'at' && RESULTS.has(low(tk, first - 2)) && !SEASONS.has(low(tk, first)) && low(tk, first - 2) !== 'margin') return `its ${low(tk, first - 2)}`;
  return null;
}

/** "X is listed in Frankfurt", "X was listed on the Nasdaq": a business traded on an exchange. */
function listed(tk: Token[], next: number): string | null {
  if (!['is', 'was', 'are', 'were'].includes(low(tk, next))) return null;
  const k = HEDGE_ADVERBS.has(low(tk, next + 1)) ? next + 2 : next + 1;
  if (low(tk, k) !== 'listed' || !['in', 'on'].includes(low(tk, k + 1))) return null;
  const after = tk[k + 2];
  return after && (low(tk, k + 2) === 'the' || (after.kind === 'word' && after.raw !== after.low)) ? 'listed on an exchange' : null;
}
const HEDGE_ADVERBS = new Set(['also', 'now', 'still', 'already', 'currently', 'publicly', 'primarily', 'mainly']);

/** The clause cue that makes the name at [first, next) a business's, or null. */
export function clauseCue(tk: Token[], first: number, next: number): string | null {
  return plansBusiness(tk, next) ?? speaksAsBusiness(tk, next) ?? employer(tk, first) ?? website(tk, next) ?? commissions(tk, first, next)
    ?? actsOnItsBusiness(tk, next) ?? results(tk, first, next) ?? listed(tk, next) ?? corporateCue(tk, first, next);
}
