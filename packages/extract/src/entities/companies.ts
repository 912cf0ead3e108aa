import { MONTHS, WEEKDAYS } from '../dates/lexicon.ts';
import { normalizeText } from '../text/normalize.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import { KNOWN_COMPANIES } from './known-companies.ts';
import {
  CAPITALIZED_FUNCTION_WORDS, GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, MEDIA, NON_COMPANY_NOUNS, PERSON_TITLES, PUBLIC_BANK_WORDS,
} from './org-lexicon.ts';
import { companyAliases } from './company-aliases.ts';
import { companyContext } from './company-context.ts';
import { companiesByEvidence, JOB_TITLES } from './company-evidence.ts';

export interface CompanyMention {
  text: string;
  start: number;
  end: number;
  /** Canonical name within the article: the fullest form written ("Lynas" -> "Lynas Rare Earths"). */
  name: string;
  confidence: number;
  reasons: string[];
  firstToken: number;
  nextToken: number;
}

/** A run of capitalized words that may name something: "Baotou Tianhe Magnetics Technology Co". */
export interface Chunk {
  first: number;
  next: number;
  words: string[];
}

function isCap(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.raw[0] !== t.low[0]);
}

export function sentenceStart(tk: Token[], j: number): boolean {
  if (j === 0 || tk[j]!.gap >= 2) return true;
  const p = tk[j - 1]!;
  return p.raw === '.' || p.raw === '!' || p.raw === '?' || p.raw === ':' || ((p.raw === '"' || p.raw === "'") && (j < 2 || tk[j - 2]!.gap >= 1));
}

/** Maximal capitalized runs, joined by "&", "of", "-", initials' points and legal abbreviations' points. */
export function capitalizedChunks(tk: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tk.length) {
    if (!isCap(tk[i]!) || (tk[i - 1] && tk[i]!.gap === 0 && tk[i - 1]!.kind === 'word')) {
      i++;
      continue;
    }
    let j = i + 1;
    // whether the run so far names a body, kept up to date as the run grows (re-scanning it at every
    // "and" was quadratic in the run's length)
    let bodyNoun = NON_COMPANY_NOUNS.has(tk[i]!.low);
    let scanned = i + 1;
    for (;;) {
      const t = tk[j];
      if (!t || t.gap >= 2) break;
      if (isCap(t) && (t.gap === 1 || tk[j - 1]!.raw === '-' || tk[j - 1]!.raw === '.' || tk[j - 1]!.raw === '&')) {
        j++;
        continue;
      }
      // "Co.", "N.V.", "S.A.": a point glued to a capitalized word inside or at the end of a name
      if (t.raw === '.' && t.gap === 0 && isCap(tk[j - 1]!) && (LEGAL_SUFFIXES.has(tk[j - 1]!.low) || tk[j - 1]!.raw.length <= 2)) {
        j++;
        continue;
      }
      const n = tk[j + 1];
      // "and" joins inside the name of a body ("Ministry of Industry and Information Technology"), not a list of firms
      for (; scanned < j; scanned++) bodyNoun ||= NON_COMPANY_NOUNS.has(tk[scanned]!.low);
      const andInBody = t.low === 'and' && bodyNoun;
      const joiner = (t.raw === '&' || t.low === 'of' || t.low === 'de' || andInBody || (t.raw === '-' && t.gap === 0)) && n && isCap(n) && n.gap <= 1;
      if (joiner && !(t.low === 'of' && MONTHS[n.low] !== undefined)) {
        j += 2;
        continue;
      }
      break;
    }
    // a trailing point that ends the sentence is not part of a name unless it closes an abbreviation
    let next = j;
    while (next > i + 1 && tk[next - 1]!.raw === '.' && !LEGAL_SUFFIXES.has(tk[next - 2]!.low) && tk[next - 2]!.raw.length > 2) next--;
    out.push({ first: i, next, words: wordsOf(tk, i, next) });
    i = j;
  }
  return out;
}

export type ChunkKind = 'company' | 'organization' | 'person' | 'place' | 'media' | 'other';

interface Classified {
  kind: ChunkKind;
  first: number;
  next: number;
  strength: 'legal' | 'industry' | 'none';
}

/** Strip leading words that are not part of a name (sentence-initial function words, titles). */
function trimChunk(tk: Token[], c: Chunk): { first: number; next: number } | null {
  let first = c.first;
  while (first < c.next) {
    const t = tk[first]!;
    const low = t.low;
    if (t.kind !== 'word') {
      first++;
      continue;
    }
    const atStart = sentenceStart(tk, first) || first === c.first && sentenceStart(tk, c.first);
    // "the" before a name is never part of it for matching ("private equity giant The Carlyle Group")
    if ((atStart || first > c.first || low === 'the') && CAPITALIZED_FUNCTION_WORDS.has(low) && first + 1 < c.next) {
      first++;
      // "Shares of Toyota Tsusho Corp": the common noun and its "of" go together
      if (tk[first]?.low === 'of' && first + 1 < c.next) first++;
      continue;
    }
    if (MONTHS[low] !== undefined || WEEKDAYS[low] !== undefined) {
      first++;
      continue;
    }
    // "CEO of Acme", "Founder of Acme Inc.": the title is the person's, the name after "of" the company's;
    // "Head of Platform Solutions for Acme" is a department, not a name of its own
    if (JOB_TITLES.has(low) && tk[first + 1]?.low === 'of' && first + 2 < c.next) {
      const after = tk[c.next]?.low;
      if (after === 'for' || after === 'at') return null;
      first += 2;
      continue;
    }
    break;
  }
  if (first >= c.next) return null;
  return { first, next: c.next };
}

function classify(tk: Token[], first: number, next: number, isPlace: (f: number, n: number) => boolean): Classified {
  const words = wordsOf(tk, first, next);
  const joined = words.join(' ');
  const last = words[words.length - 1] ?? '';
  if (MEDIA.has(joined)) return { kind: 'media', first, next, strength: 'none' };
  if (isPlace(first, next)) return { kind: 'place', first, next, strength: 'none' };
  const bankPublic = words.includes('bank') && words.some((x) => PUBLIC_BANK_WORDS.has(x));
  if (words.some((x) => NON_COMPANY_NOUNS.has(x)) || bankPublic) return { kind: 'organization', first, next, strength: 'none' };
  const prev = tk[first - 1];
  if (prev && prev.kind === 'word' && PERSON_TITLES.has(prev.low) && !LEGAL_SUFFIXES.has(last)) return { kind: 'person', first, next, strength: 'none' };
  if (GIVEN_NAMES.has(words[0] ?? '') && words.length >= 2 && words.length <= 3 && !LEGAL_SUFFIXES.has(last) && !INDUSTRY_SUFFIXES.has(last)) {
    return { kind: 'person', first, next, strength: 'none' };
  }
  if (words.length >= 2 && LEGAL_SUFFIXES.has(last) && last !== 'as' && last !== 'co' || (last === 'co' && words.length >= 2)) return { kind: 'company', first, next, strength: 'legal' };
  if (words.length >= 2 && INDUSTRY_SUFFIXES.has(last) && !CAPITALIZED_FUNCTION_WORDS.has(words[0]!)) return { kind: 'company', first, next, strength: 'industry' };
  return { kind: 'other', first, next, strength: 'none' };
}

function wordsOf(tk: Token[], first: number, next: number): string[] {
  const out: string[] = [];
  for (let k = first; k < next; k++) if (tk[k]!.kind === 'word') out.push(tk[k]!.low);
  return out;
}

function nameOf(tk: Token[], first: number, next: number): string {
  let s = '';
  for (let k = first; k < next; k++) s += (k > first && tk[k]!.gap > 0 ? ' ' : '') + tk[k]!.raw;
  return s;
}

export interface CompanyScan {
  companies: CompanyMention[];
  /** Token ranges of government bodies, agencies, schools, exchanges and media: names, but not companies. */
  organizations: Array<{ first: number; next: number }>;
}

/** Companies in `text` (tokens already made), with aliases merged to the fullest name in the text. */
export function findCompanies(text: string, tk: Token[], isPlace: (first: number, next: number) => boolean): CompanyScan {
  const found: Array<{ first: number; next: number; name: string; confidence: number; reasons: string[] }> = [];
  const others: Array<{ first: number; next: number }> = [];
  const organizations: Array<{ first: number; next: number }> = [];
  const chunks: Array<{ first: number; next: number }> = [];
  for (const c of capitalizedChunks(tk)) {
    const trimmed = trimChunk(tk, c);
    if (trimmed) chunks.push(trimmed);
    if (!trimmed) continue;
    const cl = classify(tk, trimmed.first, trimmed.next, isPlace);
    const name = nameOf(tk, trimmed.first, trimmed.next).replace(/[.,]+$/, (m) => (LEGAL_SUFFIXES.has(tk[trimmed.next - 2]?.low ?? '') ? m : ''));
    if (cl.kind === 'company') {
      const reasons = cl.strength === 'industry' ? ['name ends in an industry word, not a legal form'] : [];
      found.push({ first: trimmed.first, next: trimmed.next, name, confidence: cl.strength === 'legal' ? 0.95 : 0.88, reasons });
      continue;
    }
    if (cl.kind === 'other') others.push(trimmed);
    if (cl.kind === 'organization' || cl.kind === 'media') organizations.push(trimmed);
  }
  // names without a suffix: a known company, or a context that says it is one ("X, a magnet maker")
  for (const o of others) {
    const words = wordsOf(tk, o.first, o.next);
    const joined = words.join(' ');
    const known = KNOWN_COMPANIES.get(joined);
    if (known) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.9, reasons: ['company name without corporate suffix'] });
      continue;
    }
    const ctx = companyContext(tk, o.first, o.next);
    // at a sentence start a capital proves nothing, so the word must not be a common one ("Exports, the group said")
    if (ctx && !JOB_TITLES.has(words[0]!) && (!sentenceStart(tk, o.first) || words.length >= 2 || !CAPITALIZED_FUNCTION_WORDS.has(words[0]!))) {
      found.push({ first: o.first, next: o.next, name: nameOf(tk, o.first, o.next), confidence: 0.75, reasons: ['company name without corporate suffix', `read as a company from context (${ctx})`] });
    }
  }
  const foundAt = new Set(found.map((f) => f.first));
  const evidence = companiesByEvidence(tk, others.filter((o) => !foundAt.has(o.first)), found, chunks, isPlace);
  found.push(...evidence.companies);
  // aliases: a later (or earlier) short form of a full name ("Lynas" for "Lynas Rare Earths")
  const full = found.map((f) => ({ name: f.name, words: f.name.toLowerCase().split(/[\s-]+/) })).sort((a, b) => b.name.length - a.name.length);
  const canonicalName = companyAliases(full);
  const out: CompanyMention[] = [];
  const seen = new Set(found.map((f) => f.first));
  for (const o of others) {
    if (seen.has(o.first)) continue;
    const words = wordsOf(tk, o.first, o.next);
    const c = canonicalName(words);
    if (c && !CAPITALIZED_FUNCTION_WORDS.has(words[0]!)) {
      found.push({ first: o.first, next: o.next, name: c, confidence: 0.85, reasons: [`short form of '${c}' in the same article`] });
    }
  }
  for (const f of found) {
    const name = evidence.aliases.get(f.name.toLowerCase()) ?? canonicalName(f.name.toLowerCase().split(/[\s-]+/)) ?? f.name;
    const start = tk[f.first]!.start;
    const end = tk[f.next - 1]!.end;
    out.push({ text: text.slice(start, end), start, end, name, confidence: f.confidence, reasons: f.reasons, firstToken: f.first, nextToken: f.next });
  }
  return { companies: out.sort((a, b) => a.start - b.start), organizations };
}

export function recognizeCompanies(text: string): CompanyMention[] {
  const tk = tokenize(normalizeText(text));
  return findCompanies(text, tk, () => false).companies;
}
