import type { Token } from '../text/tokenize.ts';
import { isCap, LEADING_TITLES } from './company-chunks.ts';
import { GIVEN_NAMES, INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, PERSON_HEADS, PERSON_TITLES } from './org-lexicon.ts';
import { wholeIsPerson } from './person-check.ts';

/**
 * "Analyst Raj Patel of Orbis Securities", "said Dr Amara Quist of Coralis Biotech": a person's name
 * and the firm they work for, written as one capitalized run joined by "of". The part before "of" is
 * a person when a title opens it (with a name between the title and "of") or a person's role noun or
 * a verb of saying stands right before a given name; the firm is what follows "of".
 */

/** Verbs of saying that put a speaker's name right after them ("said Jane Roe of Acme"). */
const SAYING = new Set(['said', 'says', 'according', 'told', 'added', 'wrote', 'warned']);
/** Roles a firm takes as well as a person. */
const FIRM_ROLES = new Set(['investor', 'trader', 'partner', 'consultant', 'adviser', 'advisor', 'manager', 'host', 'owner', 'official', 'officials']);
/** Words that open a title before a name ("Dr", "Analyst", "Managing Director"); not "General", which opens firms' names too. */
const TITLE_OPENERS = new Set([...LEADING_TITLES, 'managing', 'deputy', 'vice', 'senior', 'associate', 'assistant', 'principal']);
/** Words a title goes on with ("Managing Director", "Chief Executive Officer", "Senior Research Analyst"). */
const TITLE_WORDS = new Set([...TITLE_OPENERS, 'director', 'executive', 'officer', 'research', 'general', 'financial', 'operating']);

export interface PersonOfFirm {
  person: { first: number; next: number };
  firm: { first: number; next: number };
}

function isTitle(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && TITLE_WORDS.has(t.low);
}

/** The person and the firm of a run [first, next) written "Person of Firm", or null. */
export function personOfFirm(tk: Token[], first: number, next: number): PersonOfFirm | null {
  let of = -1;
  for (let k = first + 1; k < next - 1 && k < first + 7; k++) {
    if (tk[k]!.low === 'of') {
      of = k;
      break;
    }
  }
  if (of < 0) return null;
  let firmFirst = of + 1;
  if (tk[firmFirst]?.low === 'the' && firmFirst + 1 < next) firmFirst++;
  if (!isCap(tk[firmFirst]!)) return null;
  // the name: the capitalized words between the leading titles and "of" ("Secretary of State" has none)
  let nameFirst = first;
  if (TITLE_OPENERS.has(tk[first]!.low)) while (nameFirst < of && isTitle(tk[nameFirst])) nameFirst++;
  const nameWords = tk.slice(nameFirst, of).filter((t) => t.kind === 'word');
  if (nameWords.length < 1 || nameWords.length > 3 || nameWords.some((t) => !isCap(t) || TITLE_WORDS.has(t.low))) return null;
  const titled = nameFirst > first;
  const before = tk[first - 1];
  const lowerBefore = !!before && before.kind === 'word' && before.raw === before.low ? before.low : '';
  // "analyst Raj Patel of ...": a role only people take names a person ("investor SoftBank of Japan" is a firm's role too)
  const roleBefore = (PERSON_HEADS.has(lowerBefore) || PERSON_TITLES.has(lowerBefore)) && !FIRM_ROLES.has(lowerBefore);
  // after a verb of saying, two or three words are a person's when they read as one or the words after "of" end as a
  // firm's do ("said Rio Tinto of Australia" names a firm and its country)
  const firmEnd = INDUSTRY_SUFFIXES.has(tk[next - 1]!.low) || LEGAL_SUFFIXES.has(tk[next - 1]!.low);
  const saidBy = SAYING.has(lowerBefore) && nameWords.length >= 2 && (GIVEN_NAMES.has(nameWords[0]!.low) || firmEnd || wholeIsPerson(nameWords.map((t) => t.raw).join(' ')));
  const personLike = titled || roleBefore || saidBy;
  return personLike ? { person: { first, next: of }, firm: { first: firmFirst, next } } : null;
}
