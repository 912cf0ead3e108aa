import type { Token } from '../text/tokenize.ts';

/**
 * What news writing says only of people, right beside a name: an age set off by commas ("Bentley, 42,
 * was jailed"), a relative "who" ("Kellogg, who taught there"), a pronoun of a person after a verb of
 * speech ("Quayle told reporters she would stay", for names the company lists do not hold), a description by a person's role or trade that the
 * general lists leave out ("Lowther, a retired teacher,"), or kin and a life owned by the name
 * ("Rowntree's widow"). A firm is "it" and "which", has no age in years and no family, so a name
 * with any of these is a person wherever the article writes it, even one the lists know as a firm.
 */

function low(tk: Token[], j: number): string {
  return tk[j]?.low ?? '';
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'insisted', 'admitted', 'recalled', 'explained', 'wrote']);
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** Roles and trades of people that a description names ("a retired teacher", "the Leeds midfielder"). */
const PERSON_NOUNS = new Set(['teacher', 'nurse', 'pupil', 'footballer', 'midfielder', 'striker', 'defender', 'goalkeeper', 'winger',
  'forward', 'batsman', 'bowler', 'cricketer', 'golfer', 'boxer', 'sprinter', 'swimmer', 'cyclist', 'athlete', 'jockey', 'pensioner',
  'grandmother', 'grandfather', 'widow', 'widower', 'mum', 'dad', 'councillor', 'councilor', 'priest', 'vicar', 'rabbi', 'imam',
  'bishop', 'farmer', 'volunteer', 'campaigner', 'activist', 'poet', 'novelist', 'painter', 'sculptor', 'historian', 'comedian',
  'presenter', 'chef', 'captain', 'witness', 'suspect', 'soldier', 'officer', 'detective', 'constable',
  'surgeon', 'midwife', 'paramedic', 'firefighter', 'plumber', 'shopkeeper', 'mp', 'mep',
  'teenager', 'schoolboy', 'schoolgirl', 'boy', 'girl', 'grandson', 'granddaughter', 'actor', 'actress', 'singer', 'rapper',
  'songwriter', 'drummer', 'guitarist', 'dancer', 'director', 'playwright', 'journalist', 'columnist', 'pastor', 'lecturer']);

/** Kin and the life of a person, owned by a name: "Rowntree's widow", "Tyson's funeral". */
const PERSONAL_POSSESSIONS = new Set(['wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'parents',
  'children', 'kids', 'girlfriend', 'boyfriend', 'widow', 'widower', 'grandson', 'granddaughter', 'brother', 'sister', 'funeral',
  'death', 'birthday', 'memoir', 'autobiography', 'marriage', 'wedding', 'divorce', 'biography']);

/** A person's pronoun within the next four words, before any other name or the end of the clause. */
function pronounAfter(tk: Token[], from: number): boolean {
  for (let k = from; k < from + 4; k++) {
    const t = tk[k];
    if (!t || t.kind !== 'word' || t.raw !== t.low) return false;
    if (PERSONAL.has(t.low)) return true;
  }
  return false;
}

/** "Bentley, 42,": an age in years between commas. */
function age(tk: Token[], next: number): boolean {
  const n = tk[next + 1];
  return low(tk, next) === ',' && !!n && n.kind === 'num' && /^\d{1,3}$/.test(n.raw) && Number(n.raw) > 0 && Number(n.raw) < 115 && low(tk, next + 2) === ',';
}

/** ", a retired teacher", ", the Leeds midfielder": a description whose head, within four words, is a person's role. */
function describedAsPerson(tk: Token[], next: number): boolean {
  if (low(tk, next) !== ',' || !['a', 'an', 'the'].includes(low(tk, next + 1))) return false;
  for (let k = next + 2; k < next + 6; k++) {
    const t = tk[k];
    if (!t || (t.kind !== 'word' && t.raw !== '-')) return false;
    // "the farmer-owned cooperative", "a volunteer-run shop": a person's noun glued to a participle qualifies the head
    if (PERSON_NOUNS.has(t.low) && tk[k + 1]?.raw === '-' && tk[k + 1]!.gap === 0) continue;
    if (PERSON_NOUNS.has(t.low)) return tk[k + 1]?.kind !== 'word' || ['who', 'and', 'at', 'for', 'from', 'in', 'of', 'with'].includes(low(tk, k + 1));
  }
  return false;
}

/** The name that ends before token `next` (`known`: a name the company lists hold without doubt) is written as a person's here. */
export function personEvidence(tk: Token[], next: number, known: boolean): boolean {
  if (age(tk, next)) return true;
  if (low(tk, next) === ',' && low(tk, next + 1) === 'who') return true;
  // "Abbott told reporters he would" (a firm the lists know says "he" of its people: "Acme said he would step down")
  if (!known && SPEECH.has(low(tk, next)) && pronounAfter(tk, next + 1)) return true;
  if (describedAsPerson(tk, next)) return true;
  const apostrophe = low(tk, next);
  if ((apostrophe === "'" || apostrophe === '’') && tk[next]!.gap === 0) {
    const k = low(tk, next + 1) === 's' ? next + 2 : next + 1;
    const noun = low(tk, k);
    const late = noun === 'late' && PERSONAL_POSSESSIONS.has(low(tk, k + 1));
    if ((PERSONAL_POSSESSIONS.has(noun) && low(tk, k + 1) !== 'of') || late) return true;
  }
  return false;
}
