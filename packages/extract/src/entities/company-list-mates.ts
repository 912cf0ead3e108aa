import type { Token } from '../text/tokenize.ts';
import { nameOf, sentenceStart, wordsOf } from './company-chunks.ts';
import { BUSINESS_NOUNS } from './company-description.ts';
import { wholeIsPerson } from './person-check.ts';
import type { Found } from './company-units.ts';

/** Nouns of a firm's peers that head a list of firms ("rivals such as A and B"); people are rivals too, so a member must be a firm already. */
const PEER_HEADS = new Set(['rivals', 'competitors', 'peers', 'challengers', 'incumbents', 'suppliers', 'customers', 'buyers']);
const LEADS = [['such', 'as'], ['including'], ['like']];

/** Where the list holding the name at `first` begins: back over "A, B and" (at most eight names). */
function listStart(tk: Token[], first: number, names: ReadonlyMap<number, number>): number {
  let k = first;
  for (let hops = 0; hops < 8; hops++) {
    const sep = tk[k - 1]?.low;
    if (sep !== ',' && sep !== 'and' && sep !== 'or') break;
    // "A, and B": a comma before the last member
    let end = k - 1;
    if (sep === 'and' && tk[end - 1]?.low === ',') end--;
    const start = [...names].find(([, n]) => n === end)?.[0];
    if (start === undefined) break;
    k = start;
  }
  return k;
}

/**
 * "rivals such as Acme and Borealis Paper", "competitors including A, B and C": the members of a
 * list of a firm's peers are firms when one of them is; a list a peer noun heads holds one kind of thing.
 */
export function listMates(tk: Token[], chunks: ReadonlyArray<{ first: number; next: number }>, found: readonly Found[], isPlace: (first: number, next: number) => boolean,
  organizations: ReadonlyArray<{ first: number; next: number }>): Found[] {
  const names = new Map<number, number>();
  for (const o of [...chunks, ...found]) names.set(o.first, o.next);
  const companyAt = new Set(found.map((f) => f.first));
  // "Oxford University", "the Fraunhofer Institute": a body's name; "Temple-Inland": a body's word joined into a firm's name
  const bodyAt = new Set(organizations.filter((o) => !tk.slice(o.first, o.next).some((t) => t.raw === '-')).map((o) => o.first));
  const heads = new Map<number, number[]>();
  // lists no peer noun heads: "Draper, Orbit Aerospace, Lunar Machines, Hale Martin and Masten Space Systems"
  const bare = new Map<number, number[]>();
  for (const [first] of names) {
    const start = listStart(tk, first, names);
    const lead = LEADS.find((l) => l.every((w, i) => tk[start - l.length + i]?.low === w));
    const head = lead ? tk[start - lead.length - 1]?.low ?? '' : '';
    const byHead = !!lead && (PEER_HEADS.has(head) || BUSINESS_NOUNS.has(head));
    const groups = byHead ? heads : bare;
    const members = groups.get(start) ?? [];
    members.push(first);
    groups.set(start, members);
  }
  // a list that firms with cues of their own fill (at least two, and at least half of it) holds one kind of thing
  const strongAt = new Set(found.filter((f) => !weakCueOnly(f)).map((f) => f.first));
  for (const [start, members] of bare) {
    const strong = members.filter((m) => strongAt.has(m)).length;
    // (a member opening its sentence may carry the sentence's first word: "Enter Acme, Beta Inc and ...")
    if (members.length >= 3 && strong >= 2 && strong * 2 >= members.length && commaList(tk, members, names)) heads.set(start, members.filter((m) => strongAt.has(m) || !sentenceStart(tk, m)));
  }
  const out: Found[] = [];
  for (const members of heads.values()) {
    if (members.length < 2 || !members.some((m) => companyAt.has(m))) continue;
    for (const m of members) {
      const next = names.get(m)!;
      const words = wordsOf(tk, m, next);
      // a lone surname reads as a person's name to the tagger; a full name in such a list is a person's
      if (companyAt.has(m) || bodyAt.has(m) || isPlace(m, next) || (words.length > 1 && wholeIsPerson(words.join(' ')))) continue;
      out.push({ first: m, next, name: nameOf(tk, m, next), confidence: 0.75, reasons: ['company name without corporate suffix', 'listed beside a company among its peers'] });
    }
  }
  return out;
}

/** Cues people, teams and bodies take too (a context alone, a list's lead): the name's own form or a list knows it otherwise. */
function weakCueOnly(f: Found): boolean {
  return f.reasons.some((r) => r.startsWith('read as a company from context') || r.startsWith('listed beside'));
}

/** The members are separated by commas (a last one by "and" or "or"): a list, not "A and B" as one name or a pair. */
function commaList(tk: Token[], members: readonly number[], names: ReadonlyMap<number, number>): boolean {
  return members.slice(0, -2).every((m) => tk[names.get(m)!]?.low === ',');
}
