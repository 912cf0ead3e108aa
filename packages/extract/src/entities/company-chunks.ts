import { MONTHS } from '../dates/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import { LEGAL_SUFFIXES, NON_COMPANY_NOUNS } from './org-lexicon.ts';
import { legalFormEnd, legalFormStart, lookAlikeForm } from './legal-forms.ts';

/** Capitalized runs of words that may name something, the first step of reading companies. */

/** A run of capitalized words that may name something: "Baotou Tianhe Magnetics Technology Co". */
export interface Chunk {
  first: number;
  next: number;
  words: string[];
}

/** A brand written with a small first letter and a capital after it ("eBay", "iRobot"): a name of its own. */
function lowerCamel(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw.length >= 4 && /^[a-z]{1,2}[A-Z][a-z]/.test(t.raw);
}

export function isCap(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.raw.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && t.raw[0] !== t.low[0]);
}

export function sentenceStart(tk: Token[], j: number): boolean {
  if (j === 0 || tk[j]!.gap >= 2) return true;
  const p = tk[j - 1]!;
  return p.raw === '.' || p.raw === '!' || p.raw === '?' || p.raw === ':' || ((p.raw === '"' || p.raw === "'") && (j < 2 || tk[j - 2]!.gap >= 1));
}

/** Nouns that end the names of public bodies whose names join two words by "and" before the noun. */
const BODY_ENDS = new Set(['commission', 'administration', 'agency', 'bureau', 'authority', 'committee', 'council', 'department', 'ministry']);

/** The capitalized run from `k` ends in a public body's noun ("... and Exchange Commission"). */
function bodyAhead(tk: Token[], k: number): boolean {
  let last = '';
  for (let j = k; j < k + 4 && tk[j] && isCap(tk[j]!) && tk[j]!.gap <= 1; j++) last = tk[j]!.low;
  return BODY_ENDS.has(last);
}

/**
 * Contractions of "of the" that Spanish, Portuguese, Italian and French names write in small letters between
 * their capitalized words ("Grupo Minero del Sur", "Banco do Nordeste", "Cassa di Risparmio"). English sets "do"
 * in small letters between two capitalized words almost never (a title-case heading writes "Do").
 */
const ROMANCE_JOINERS = new Set(['del', 'della', 'delle', 'dei', 'degli', 'da', 'das', 'dos', 'do', 'di', 'du', 'des']);
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'le', 'les', 'l']);

function romanceJoiner(t: Token): boolean {
  return t.raw === t.low && ROMANCE_JOINERS.has(t.low) && t.gap === 1;
}

/** Maximal capitalized runs, joined by "&", "of", "-", initials' points and legal abbreviations' points. */
export function capitalizedChunks(tk: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tk.length) {
    const glued = tk[i - 1] && tk[i]!.gap === 0 && (tk[i - 1]!.kind === 'word' || tk[i - 1]!.raw === '/');
    if (lowerCamel(tk[i]) && !glued) {
      out.push({ first: i, next: i + 1, words: [tk[i]!.low] });
      i++;
      continue;
    }
    if (!isCap(tk[i]!) || glued) {
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
      // "Vireo S.p.A.", "Kowal Sp. z o.o.", "Acme plc": a legal form ends the name, its own points with it
      // ("Adelaide SA to Perth" ends there too; "SE Asia", "AG Barrow": capitals before a name are not a form)
      const form = t.gap === 1 ? legalFormEnd(tk, j) : -1;
      if (form > 0 && !(lookAlikeForm(tk, j, form) && tk[form] && isCap(tk[form]!) && tk[form]!.gap === 1)) {
        j = form;
        break;
      }
      if (isCap(t) && (t.gap === 1 || tk[j - 1]!.raw === '-' || tk[j - 1]!.raw === '.' || tk[j - 1]!.raw === '&')) {
        j++;
        continue;
      }
      // "Co.", "N.V.", "S.A.": a point glued to a capitalized word inside or at the end of a name
      if (t.raw === '.' && t.gap === 0 && isCap(tk[j - 1]!) && (LEGAL_SUFFIXES.has(tk[j - 1]!.low) || (tk[j - 1]!.raw.length <= 2 && !capsPairEndsSentence(tk, j)))) {
        j++;
        // "Acme Inc. In fact ...": after a legal form's point only another legal form ("Co. Ltd.") goes on with the name
        if (LEGAL_SUFFIXES.has(tk[j - 2]!.low) && (tk[j - 2]!.raw.length > 2 || tk[j - 2]!.low === 'co') && !(tk[j] && tk[j]!.gap <= 1 && LEGAL_SUFFIXES.has(tk[j]!.low))) break;
        continue;
      }
      const n = tk[j + 1];
      // "and" joins inside the name of a body ("Ministry of Industry and Information Technology"), not a list of firms
      for (; scanned < j; scanned++) bodyNoun ||= NON_COMPANY_NOUNS.has(tk[scanned]!.low);
      // "Securities and Exchange Commission": an "and" inside a body's name shows only at the noun that ends it
      const andInBody = t.low === 'and' && (bodyNoun || bodyAhead(tk, j + 1));
      // "Alliance for Coastal Trade", "Centre for Regional Research"
      const forInBody = t.low === 'for' && bodyNoun;
      // "Co-operative Bank": one word of the language written with a hyphen after a capital
      if (t.raw === '-' && t.gap === 0 && tk[j - 1]!.low === 'co' && n && n.gap === 0 && /^op(erative)?s?$/.test(n.low)) {
        j += 2;
        continue;
      }
      const joiner = (t.raw === '&' || t.low === 'of' || t.low === 'de' || andInBody || forInBody || (t.raw === '-' && t.gap === 0) || romanceJoiner(t)) && n && isCap(n) && n.gap <= 1;
      if (joiner && !(t.low === 'of' && MONTHS[n.low] !== undefined)) {
        j += 2;
        continue;
      }
      // "Banco de la Plata", "Ferrocarriles de los Andes": "de" and an article in small letters
      const third = tk[j + 2];
      if (t.low === 'de' && t.raw === 'de' && n && ROMANCE_ARTICLES.has(n.raw) && n.gap === 1 && third && isCap(third) && third.gap === 1) {
        j += 3;
        continue;
      }
      break;
    }
    // a trailing point that ends the sentence is not part of a name unless it closes an abbreviation
    let next = j;
    const formEnded = j > i + 1 && tk[j - 1]!.raw === '.' && legalFormStart(tk, i, j) > 0;
    while (!formEnded && next > i + 1 && tk[next - 1]!.raw === '.' && !LEGAL_SUFFIXES.has(tk[next - 2]!.low) && tk[next - 2]!.raw.length > 2) next--;
    for (const part of splitAtTitle(tk, i, next)) out.push({ ...part, words: wordsOf(tk, part.first, part.next) });
    i = j;
  }
  return out;
}

/**
 * "... about 165 MT. Tata Steel ...": a point after a two-capital acronym or unit, then a space, ends
 * the sentence; names write their points after initials ("J.P.", "U.S.") or a legal form.
 */
function capsPairEndsSentence(tk: Token[], point: number): boolean {
  const w = tk[point - 1]!;
  const after = tk[point + 1];
  return w.raw.length === 2 && w.raw === w.raw.toUpperCase() && tk[point - 2]?.raw !== '.' && !!after && after.gap >= 1;
}

/** Titles that stand between a company and its person in one capitalized run ("Acme CEO Jane Roe"). */
const RUN_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto', 'founder', 'cofounder', 'chairman', 'chairwoman', 'chair', 'president',
  'chief', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Titles that make the capitalized words after them a person's name ("CEO Jane Roe", "Sen. Jane Roe"). */
export const LEADING_TITLES = new Set([...RUN_TITLES, 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'gov',
  'governor', 'mayor', 'minister', 'premier', 'secretary', 'judge', 'justice', 'sir', 'dame', 'lord', 'sheikh', 'coach', 'analyst',
  'economist', 'spokesperson', 'commissioner', 'ambassador', 'cofounder']);

/** "Acme CEO Jane Roe" -> "Acme", "CEO Jane Roe": the title starts the person's part. */
function splitAtTitle(tk: Token[], first: number, next: number): Array<{ first: number; next: number }> {
  for (let k = first + 1; k < next - 1; k++) {
    const t = tk[k]!;
    if (t.kind === 'word' && RUN_TITLES.has(t.low) && tk[k - 1]!.kind === 'word' && isCap(tk[k + 1]!)) {
      return [{ first, next: k }, { first: k, next }];
    }
  }
  return [{ first, next }];
}


export function wordsOf(tk: Token[], first: number, next: number): string[] {
  const out: string[] = [];
  for (let k = first; k < next; k++) if (tk[k]!.kind === 'word') out.push(tk[k]!.low);
  return out;
}

export function nameOf(tk: Token[], first: number, next: number): string {
  let s = '';
  for (let k = first; k < next; k++) s += (k > first && tk[k]!.gap > 0 ? ' ' : '') + tk[k]!.raw;
  return s;
}
