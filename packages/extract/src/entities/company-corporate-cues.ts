import type { Token } from '../text/tokenize.ts';

/**
 * Cues from a firm's corporate life, read from the words around its name: what it is worth ("X is valued
 * at $3 billion"), going public or into insolvency ("X went public", "X filed for Chapter 11"), jobs it
 * cuts or adds ("X will cut 1,200 jobs"), who runs it ("who heads X"), and
 * joining it in a post ("joined X as finance chief"). Like the other clause cues, what they find is
 * still judged by the vetoes and, when weak, by the person tagger.
 */

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

const CURRENCY_SIGNS = /^[$€£¥₹]$/;

/** An amount of money at `k`: "$3 billion", "US$2bn", "€400 million". */
function moneyAt(tk: Token[], k: number): boolean {
  const t = tk[k];
  if (!t) return false;
  return CURRENCY_SIGNS.test(t.raw) || (['US', 'HK', 'A', 'C', 'S'].includes(t.raw) && tk[k + 1]?.raw === '$');
}

/** "X is valued at $3 billion", "X, valued at $3 billion,": a business's worth. */
function valued(tk: Token[], next: number): string | null {
  let k = next;
  if (low(tk, k) === ',' || ['is', 'was', 'has', 'had', 'now', 'been'].includes(low(tk, k))) k++;
  if (low(tk, k) === 'been' || low(tk, k) === 'now') k++;
  return low(tk, k) === 'valued' && low(tk, k + 1) === 'at' && moneyAt(tk, k + 2) ? 'valued as a business' : null;
}

/** What a firm files for (a person files for bankruptcy or divorce as well, so those are not here). */
const CORPORATE_FILINGS = new Set(['chapter', 'insolvency', 'receivership', 'administration', 'ipo', 'initial', 'creditor', 'listing']);

/** "X filed for Chapter 11", "X filed for an initial public offering", "X went public". */
function publicOrInsolvent(tk: Token[], next: number): string | null {
  const verb = low(tk, next);
  if (['filed', 'files', 'filing'].includes(verb) && low(tk, next + 1) === 'for') {
    const k = ['an', 'a', 'its'].includes(low(tk, next + 2)) ? next + 3 : next + 2;
    if (CORPORATE_FILINGS.has(low(tk, k))) return `filed for ${low(tk, k)}`;
  }
  if (['went', 'goes', 'go', 'going'].includes(verb) && low(tk, next + 1) === 'public') return 'went public';
  return null;
}

const JOB_VERBS = new Set(['cut', 'cuts', 'cutting', 'slash', 'slashes', 'slashed', 'shed', 'sheds', 'shedding', 'eliminate', 'eliminates',
  'eliminated', 'add', 'adds', 'added', 'hire', 'hires', 'hiring', 'lay', 'lays', 'laying']);
const JOB_AUXILIARIES = new Set(['will', 'would', 'plans', 'planned', 'to', 'is', 'has', 'had', 'also', 'expects', 'could', 'may', 'said', 'it']);
const JOB_HEDGES = new Set(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'up', 'to', 'more', 'than', 'over', 'another', 'off']);
const STAFF = new Set(['jobs', 'positions', 'roles', 'workers', 'employees', 'staff', 'staffers', 'people']);

/** "X will cut 1,200 jobs", "X plans to add 300 workers": jobs only an employer cuts or adds in numbers. */
function jobs(tk: Token[], next: number): string | null {
  let k = next;
  while (JOB_AUXILIARIES.has(low(tk, k)) && k < next + 3) k++;
  if (!JOB_VERBS.has(low(tk, k))) return null;
  const verb = low(tk, k);
  k++;
  while (JOB_HEDGES.has(low(tk, k)) && k < next + 8) k++;
  if (tk[k]?.kind !== 'num') return null;
  k++;
  if (['million', 'thousand', 'hundred', ','].includes(low(tk, k))) k++;
  if (tk[k]?.kind === 'num') k++;
  // "1,200 of its staff"
  if (low(tk, k) === 'of' && low(tk, k + 1) === 'its') k += 2;
  // "cut 40% of its jobs" reads a number that is no head count: only counts of people are taken
  return STAFF.has(low(tk, k)) && (verb !== 'add' || low(tk, k) !== 'people') ? `${verb} jobs` : null;
}

/** "who heads X", "who runs X": the firm someone runs ("X is owned by" is not read: venues, teams and museums are owned too). */
function ownedOrRun(tk: Token[], first: number): string | null {
  if (['heads', 'runs', 'headed', 'ran'].includes(low(tk, first - 1)) && low(tk, first - 2) === 'who') return 'someone runs it';
  return null;
}

/** Posts someone joins a firm in ("joined X as chief financial officer", "joined X as a senior analyst"). */
const POSTS = new Set(['chief', 'ceo', 'cfo', 'coo', 'cto', 'president', 'director', 'head', 'manager', 'analyst', 'engineer', 'executive',
  'officer', 'partner', 'chairman', 'chairwoman', 'economist', 'strategist', 'vice', 'treasurer', 'counsel']);

/** "joined X as finance chief": X employs the one who joined it. */
function joinedAs(tk: Token[], first: number, next: number): string | null {
  if (!['joined', 'joins', 'joining', 'rejoined'].includes(low(tk, first - 1)) || low(tk, next) !== 'as') return null;
  for (let k = next + 1; k < next + 5; k++) if (POSTS.has(low(tk, k))) return 'someone works there';
  return null;
}

/** The corporate-life cue that makes the name at [first, next) a business's, or null. */
export function corporateCue(tk: Token[], first: number, next: number): string | null {
  return valued(tk, next) ?? publicOrInsolvent(tk, next) ?? jobs(tk, next) ?? ownedOrRun(tk, first) ?? joinedAs(tk, first, next);
}
