import type { Token } from '../text/tokenize.ts';
import { INDUSTRY_SUFFIXES } from './org-lexicon.ts';

/*
 * The canonical name keeps the legal form as the article writes it, points and all ("Vireo S.p.A.",
 * "Kowal Sp. z o.o."): it is the fullest form written, and a later "Vireo" is an alias of it. Only
 * matching drops the form (FACT-CONVENTIONS: "legal suffix dropped for matching"), and the benchmark's
 * matcher compares every surface form the annotator marked, so "Vireo S.p.A." meets gold "Vireo".
 */

/**
 * Legal forms written after a firm's name, as news writes them around the world. The tokenizer splits
 * "S.p.A." into letters and points, so a form is read over tokens: their surfaces glued without the
 * spaces between them ("Co., Ltd." and "Co.,Ltd." are one spelling) and compared with the spellings
 * below, case and all, because "AS", "AB" or "SE" in capitals is a form where "as" or "Se" is not.
 * Every spelling also stands without its final point and, when a capital is left, without any point
 * ("S.p.A." -> "SpA", "B.V." -> "BV"); the upper-case writing of each counts too ("LTD", "GMBH").
 */
const SPELLINGS = [
  // English-speaking countries and the Commonwealth
  'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Plc', 'plc', 'P.L.C.', 'L.L.C.', 'Llc', 'L.L.P.', 'L.P.', 'Pty.', 'Pvt.', '(Pvt.)', '(Pvt)',
  '(Private)', 'Private Limited', 'Pte.', 'Sdn.', 'Bhd.', 'Tbk.', 'K.K.',
  // German, Dutch, Nordic and Baltic
  'GmbH', 'Gmbh', 'GmbH & Co. KG', 'GmbH & Co KG', 'AG', 'KGaA', 'KG', 'SE', 'N.V.', 'B.V.', 'A/S', 'ApS', 'AS', 'ASA', 'AB', 'Oy',
  'Oyj', 'OÜ', 'hf.', 'ehf.', 'UAB', 'SIA',
  // French, Italian, Spanish, Portuguese and Latin American
  'S.A.', 'S.A.S.', 'S.A.R.L.', 'Sarl', 'S.p.A.', 'S.r.l.', 'S.L.', 'S.C.A.', 'S.C.S.', 'S.A.A.', 'S.A.C.', 'S.A.B. de C.V.',
  'S.A. de C.V.', 'S. de R.L. de C.V.', 'S.A.P.I. de C.V.', 'Ltda.', 'SGPS',
  // Central and Eastern Europe, Turkey
  'a.s.', 'A.S.', 's.r.o.', 'spol. s r.o.', 'Sp. z o.o.', 'sp. z o.o.', 'S.K.A.', 'd.o.o.', 'd.d.', 'Kft.', 'Zrt.', 'Nyrt.', 'Bt.',
  'PJSC', 'JSC', 'OJSC', 'CJSC', 'OAO', 'ZAO', 'OOO', 'PAO', 'EAD', 'EOOD', 'OOD', 'AD', 'A.Ş.',
];

/**
 * Forms that only go on a form before them ("AB (publ)", "SA de CV", "Ltd. Şti.", "Co. Limited"): words
 * like "Limited" end a name on their own through the company reading's other list.
 */
const AFTER_FORM_SPELLINGS = ['(publ)', 'Şti.', 'de C.V.', 'de R.L. de C.V.', 'Limited', 'Berhad'];

/** Forms that take another after them: only the whole ends the name ("Pty Ltd", "Sdn Bhd", "Pvt Ltd", "Pte Ltd"). */
const OPENING_FORMS = new Set(['pty', 'pvt', '(pvt)', '(private)', 'sdn', 'pte']);

/**
 * Capital pairs and triples that stand for places, editions and titles as often as for a form
 * ("Adelaide SA", "SE Asia", "Attorney General AG", "Las Vegas NV", "the SAS"): read as a form only
 * after a name that is none of those.
 */
const LOOK_ALIKE_FORMS = new Set(['sa', 'se', 'ag', 'as', 'ab', 'nv', 'bv', 'ad', 'sl', 'lp', 'kg', 'sas', 'kk', 'sia', 'asa', 'co']);

function variants(spellings: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const s of spellings) {
    const glued = s.replace(/\s+/g, '');
    for (const v of [glued, glued.replace(/\.$/, ''), glued.replace(/\./g, '')]) {
      if (!/\p{Lu}/u.test(v) && v !== glued) continue;
      if (v.length < 2) continue;
      out.add(v);
      out.add(v.toUpperCase());
    }
  }
  return out;
}

const FORMS = variants(SPELLINGS);
const AFTER_FORMS = variants(AFTER_FORM_SPELLINGS);
const LONGEST = 9;

/** The end (exclusive) of the longest spelling in `set` that starts at token `j`, or -1. */
function spellingEnd(tk: Token[], j: number, set: ReadonlySet<string>): number {
  let glued = '';
  let end = -1;
  for (let k = j; k < tk.length && k < j + LONGEST; k++) {
    const t = tk[k]!;
    if (k > j && t.gap >= 2) break;
    if (t.kind === 'num' || t.kind === 'url') break;
    glued += t.raw;
    if (set.has(glued)) end = k + 1;
  }
  return end;
}

/**
 * The end (exclusive) of the legal form that starts at token `j` ("S.p.A.", "Co., Ltd.", "Sp. z o.o.",
 * "AB (publ)"), forms that go together read as one; -1 when none starts there. A sentence-final point
 * goes with the form only when the form is spelt with one ("Inc." yes, "GmbH." no).
 */
export function legalFormEnd(tk: Token[], j: number): number {
  let end = spellingEnd(tk, j, FORMS);
  if (end < 0) return -1;
  let atom = j;
  for (let joins = 0; joins < 3; joins++) {
    // "Co., Ltd.": a comma goes between a "Co." and the form after it
    const comma = tk[end]?.raw === ',' && tk[atom]!.low === 'co' ? 1 : 0;
    const at = end + comma;
    if (!tk[at] || tk[at]!.gap >= 2) break;
    const more = Math.max(spellingEnd(tk, at, FORMS), spellingEnd(tk, at, AFTER_FORMS));
    if (more < 0) break;
    atom = at;
    end = more;
  }
  // "Co-operative", "AB-based": a form is a whole word, not the first part of one
  const after = tk[end];
  if (after && after.gap === 0 && (after.kind === 'word' || after.kind === 'num' || after.raw === '-' || after.raw === '/')) return -1;
  return OPENING_FORMS.has(gluedOf(tk, atom, end).toLowerCase().replace(/\./g, '')) ? -1 : end;
}

function gluedOf(tk: Token[], first: number, next: number): string {
  let s = '';
  for (let k = first; k < next; k++) s += tk[k]!.raw;
  return s;
}

/** The token where a legal form ending exactly at `next` starts, after at least one word of name; -1 when none does. */
export function legalFormStart(tk: Token[], first: number, next: number): number {
  for (let k = Math.max(first + 1, next - LONGEST); k < next; k++) {
    if (tk[k]!.gap === 0 && tk[k]!.raw !== '(' && tk[k - 1]!.raw !== ',') continue;
    if (legalFormEnd(tk, k) === next) return k;
  }
  return -1;
}

/** A form that also stands for a place, an edition or a title ("SA", "SE", "AG"), written without points. */
export function lookAlikeForm(tk: Token[], start: number, next: number): boolean {
  return next - start === 1 && LOOK_ALIKE_FORMS.has(tk[start]!.low);
}

/**
 * The capitals are not a form but what they stand for: the initials of the name before them ("Special
 * Edition SE"; "Aldren Group AG" ends in a firm's word and keeps its form), or a capital run of a heading
 * ("MARKETS FALL AS ...").
 */
export function initialsOrHeading(tk: Token[], first: number, start: number): boolean {
  const form = tk[start]!.raw;
  let initials = '';
  let shouting = start - first >= 2;
  for (let k = first; k < start; k++) {
    const t = tk[k]!;
    if (t.kind !== 'word') continue;
    initials += t.raw[0];
    if (t.raw !== t.raw.toUpperCase() || t.raw.length < 2) shouting = false;
  }
  const firmWord = INDUSTRY_SUFFIXES.has(tk[start - 1]!.low);
  return (initials === form && !firmWord) || shouting;
}

/** Forms written before the name in Russia and its neighbours and in the Baltics ("PJSC Uralkhim", "OOO Vektor", "UAB Linas"). */
export const LEADING_FORMS = new Set(['PJSC', 'OJSC', 'CJSC', 'JSC', 'OAO', 'ZAO', 'OOO', 'PAO', 'UAB']);
