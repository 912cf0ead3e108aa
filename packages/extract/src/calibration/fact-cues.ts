import type { Fact } from '@newsfacts/core';
import { closingLinesStart, dateDistanceCues, readsAsEnglish, sentenceLoadCue } from './context-cues.ts';

/** What the cues of one article's facts are read against. */
export interface CueDoc {
  text: string;
  /** The article's publication date (ISO), null when it has none. */
  published: string | null;
  /** Where that date came from (a metadata source, `dateline` when read from the body); absent when unknown. */
  publishedSource?: string | null;
  /** How the cleaner found the body, and whether it kept the page as an article in doubt. */
  extraction?: 'content' | 'fallback' | 'none';
  keptInDoubt?: boolean;
  /** Why the document's facts start lower (see UNSURE_DOCUMENT_FACTOR), null when they need not. */
  doubt?: string | null;
  /** The body's blocks (offsets into `text`), when the document's structure is known. */
  blocks?: readonly { kind: string; start: number; end: number }[];
}

function reasonShape(reason: string): string {
  return reason
    .replace(/'[^']*'|"[^"]*"|‘[^’]*’|“[^”]*”/g, 'Q')
    .replace(/\b\d{4}(-[\dWQH]+)*\b/g, 'D')
    .replace(/\d+([.,]\d+)*/g, '#')
    .replace(/\b[A-Z]{2}\b/g, 'XX');
}

/** A reason without the values in it, so that the same rule gives the same cue on every article. */
export function reasonCue(reason: string): string {
  return `reason:${reasonShape(reason)}`;
}

/**
 * The rule a detailed reason comes from ("read as a company from context" for every kind of context,
 * "year not written" for every way of choosing the year): each detail is rare, the rule is not, so
 * the family carries what the details share and each detail only what sets it apart.
 */
export function reasonFamilyCue(reason: string): string | null {
  const m = /^([^(:]+?)\s*[(:]/.exec(reasonShape(reason));
  return m ? `reason-family:${m[1]}` : null;
}

const LEGAL_FORM = /\b(inc|corp|co|ltd|plc|llc|ag|se|sa|nv|bv|gmbh|holdings?|group|limited|incorporated|corporation|company)\b\.?$/i;
// a title word inside a name usually means a person's role was read as part of the company
const ROLE_WORD = /\b(ceo|chief|head|founder|president|chairman|director|officer|manager|of)\b/i;
const END_PUNCT = /[.!?]["'”’)\]]*$/;
// bylines, credits and copyright lines name places and years that are not the story's facts
const CREDIT = /\b(contributed (reporting|to this)|reporting by|editing by|written by|photo(graph)? by|copyright|all rights reserved)\b|©/i;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DEICTIC_DAY = /\b(today|tonight|yesterday|tomorrow)\b/i;
const SHIFTER = /\b(this|next|last|past|coming|previous|ago)\b/i;

function dateShape(value: string): string {
  if (value.includes('/')) return value.startsWith('..') || value.endsWith('..') ? 'open' : 'span';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/W\d/.test(value)) return 'week';
  if (/Q\d|H\d/.test(value)) return 'quarter';
  return 'other';
}

function yearOf(value: string): number | null {
  const m = /^(\d{4})/.exec(value);
  return m ? Number(m[1]) : null;
}

function dateCues(f: Fact, published: string | null): string[] {
  const value = String(f.value);
  const cues = [`date:${dateShape(value)}`];
  if (!/\d/.test(f.text)) cues.push('date:words-only');
  else if (/^\d+$/.test(f.text.trim())) cues.push('date:bare-number');
  if (/\d\s*\/\s*\d/.test(f.text)) cues.push('date:slashed');
  const year = yearOf(value.replace(/^\.\.\//, ''));
  const pubYear = published ? yearOf(published) : null;
  if (year !== null && pubYear !== null) {
    if (year > pubYear + 1) cues.push('date:years-ahead');
    if (year < pubYear - 10) cues.push('date:decade-before');
  }
  if (published && value === published.slice(0, 10)) cues.push('date:publication-day');
  if (year !== null && year < 1800) cues.push('date:implausible-year');
  if (WEEKDAY.test(f.text)) cues.push('date:weekday');
  if (DEICTIC_DAY.test(f.text)) cues.push('date:today-yesterday');
  if (SHIFTER.test(f.text)) cues.push('date:shifted');
  if (f.qualifier) cues.push('date:qualified');
  return cues;
}

function companyCues(f: Fact): string[] {
  const name = String(f.value);
  const cues: string[] = [];
  if (LEGAL_FORM.test(name) || LEGAL_FORM.test(f.text)) cues.push('company:legal-form');
  if (!/\s/.test(name)) cues.push('company:one-word');
  if (ROLE_WORD.test(name)) cues.push('company:role-word');
  if (/^the\s/i.test(name)) cues.push('company:leading-the');
  if (f.text !== name) cues.push('company:short-form');
  return cues;
}

function figureCues(f: Fact): string[] {
  const cues: string[] = [];
  if (f.measurement?.metric) cues.push('figure:metric');
  if (f.range) cues.push('figure:range');
  if (f.qualifier) cues.push('figure:qualified');
  if (f.type === 'money') {
    if (f.unit?.includes('/')) cues.push('money:per-unit');
    if (f.unit && !f.unit.startsWith('USD')) cues.push('money:not-usd');
  }
  if (f.type === 'percentage') {
    if (f.unit === 'pp') cues.push('percentage:points');
    if (f.kind) cues.push(`percentage:${f.kind}`);
  }
  return cues;
}

/** Cues of one sentence; read once per sentence, however many facts it holds. */
function readSentence(sentence: string): string[] {
  const cues: string[] = [];
  const words = sentence.split(/\s+/, 8).filter(Boolean).length;
  if (words < 8) cues.push('sentence:short');
  if (!END_PUNCT.test(sentence.trim())) cues.push('sentence:unfinished');
  if (/[“”"]/.test(sentence)) cues.push('sentence:quote');
  if (CREDIT.test(sentence)) cues.push('sentence:credit');
  return cues;
}

/**
 * Which side of the mention a capitalized word joins it to a longer name ("Inner ___" before, "___ Today"
 * after); a title or an initial before it makes it a person's. A word before usually names another
 * place or body ("New ___"); a word after is as often a role or a product of the named one.
 */
function longerNameSides(text: string, start: number, end: number): { before: boolean; after: boolean } {
  const before = /(?:^|[^.!?:]\s)(\p{Lu}[\p{L}'’-]+)\s$/u.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^\s(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(end, end + 30));
  const connector = (w: string | undefined) => !w || /^(The|And|Or|In|On|At|Of|For|To|From|By|With|But|As|A|An)$/.test(w);
  return { before: (!!before && !connector(before[1])) || PERSON_BEFORE.test(text.slice(Math.max(0, start - 12), start)), after: !!after && !connector(after[1]) };
}

function insideLongerName(text: string, start: number, end: number): boolean {
  const sides = longerNameSides(text, start, end);
  return sides.before || sides.after;
}

// a middle initial or a title right before a name makes it a person's ("John Q. ___", "Ms. ___")
const PERSON_BEFORE = /(?:\p{Lu}[\p{L}'’-]+\s\p{Lu}\.|\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?)\s$/u;

const keyOf = (f: Fact) => `${f.type}\u0000${String(f.value)}\u0000${f.unit ?? ''}`;

/** Cues of the whole document: whether it has a date and from where, how its body was found, how many facts it holds. */
function documentCues(facts: readonly Fact[], doc: CueDoc): string[] {
  // Where the date came from and how long the body is were tried and left out: they vary by site more
  // than by fact, and held-out sites showed them to hurt (the fit learned the development sites).
  const cues: string[] = [];
  if (!doc.published) cues.push('doc:no-publication-date');
  else if (doc.publishedSource === 'dateline') cues.push('doc:published-from-dateline');
  if (doc.extraction === 'fallback') cues.push('doc:extraction-fallback');
  if (doc.keptInDoubt) cues.push('doc:kept-in-doubt');
  if (facts.length > 80) cues.push('doc:many-facts');
  if (!readsAsEnglish(doc.text)) cues.push('doc:not-english');
  return cues;
}

// a name is looked for in at most its first this many occurrences: the cue reads "somewhere early
// enough", and a page repeating a name thousands of times costs no more
const MAX_OCCURRENCES = 50;

/** The kind of block a fact sits in, and whether that block is the body's first (a headline or standfirst). */
function blockCues(doc: CueDoc, start: number): string[] {
  const blocks = doc.blocks;
  if (!blocks?.length) return [];
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const b = blocks[lo]!;
  if (start < b.start || start >= b.end) return [];
  const cues = b.kind === 'paragraph' ? [] : [`block:${b.kind}`];
  if (lo === 0) cues.push('block:first');
  return cues;
}

interface NameElsewhere {
  longer: boolean;
  person: boolean;
  /** Every occurrence looked at is part of a longer name: the article never names it alone. */
  alwaysLonger: boolean;
}

/**
 * Whether the name, somewhere in the article, is part of a longer capitalized name (a surname, a
 * product, a place), whether it always is, and whether it is somewhere a person's (after an initial or a title).
 */
function nameElsewhere(text: string, name: string): NameElsewhere {
  const found = { longer: false, person: false, alwaysLonger: false };
  if (name.length < 2) return found;
  let [seen, longer] = [0, 0];
  let at = text.indexOf(name);
  for (let k = 0; at >= 0 && k < MAX_OCCURRENCES; k++, at = text.indexOf(name, at + name.length)) {
    seen++;
    if (insideLongerName(text, at, at + name.length)) longer++;
    if (PERSON_BEFORE.test(text.slice(Math.max(0, at - 12), at))) found.person = true;
  }
  found.longer = longer > 0;
  found.alwaysLonger = seen > 0 && longer === seen;
  return found;
}

/**
 * The named evidence about each fact that the calibration weighs: its type and the reasons the
 * recognizers gave, the shape of its value, the sentence and block it sits in, where it is in the
 * article, how often the article repeats it and in how many forms, and the document (no date, a date
 * read from the dateline, a body the cleaner doubted). Cues that mean different things for different
 * types also come paired with the type ("date|sentence:unfinished"), so the fit can learn both the
 * shared effect and, pulled harder towards it, each type's own.
 */
export function factCues(facts: readonly Fact[], doc: CueDoc): string[][] {
  const repeats = new Map<string, number>();
  const forms = new Map<string, Set<string>>();
  const perSentence = new Map<string, number>();
  const inSentence = new Map<string, number>();
  for (const f of facts) {
    repeats.set(keyOf(f), (repeats.get(keyOf(f)) ?? 0) + 1);
    const seen = forms.get(keyOf(f)) ?? new Set<string>();
    if (seen.size < 4) seen.add(f.text.toLowerCase());
    forms.set(keyOf(f), seen);
    const sk = `${f.type}\u0000${f.sentence}`;
    perSentence.set(sk, (perSentence.get(sk) ?? 0) + 1);
    inSentence.set(f.sentence, (inSentence.get(f.sentence) ?? 0) + 1);
  }
  const length = Math.max(1, doc.text.length);
  const docCues = documentCues(facts, doc);
  const closing = closingLinesStart(doc.text, doc.blocks);
  const sentences = new Map<string, string[]>();
  const sentenceCues = (f: Fact) => {
    let cues = sentences.get(f.sentence);
    if (!cues) sentences.set(f.sentence, (cues = readSentence(f.sentence)));
    return cues;
  };
  const elsewhere = new Map<string, NameElsewhere>();
  return facts.map((f) => {
    const typed: string[] = [...docCues, ...sentenceCues(f), ...blockCues(doc, f.start), ...sentenceLoadCue(inSentence.get(f.sentence) ?? 1)];
    const n = repeats.get(keyOf(f)) ?? 1;
    const cues = [`type:${f.type}`, ...f.reasons.map(reasonCue), ...f.reasons.flatMap((r) => reasonFamilyCue(r) ?? [])];
    cues.push(n >= 3 ? `${f.type}:repeated-3+` : n === 2 ? `${f.type}:repeated-2` : `${f.type}:once`);
    if ((forms.get(keyOf(f))?.size ?? 1) >= 2) typed.push('value:several-forms');
    if ((perSentence.get(`${f.type}\u0000${f.sentence}`) ?? 1) >= 3) typed.push('sentence:crowded');
    if (f.start / length > 0.9) typed.push('position:last-tenth');
    if (f.start >= closing) typed.push('position:closing-blocks');
    if (f.start < 300) typed.push('position:opening');
    if (f.type === 'country' || f.type === 'company') {
      const sides = longerNameSides(doc.text, f.start, f.end);
      if (sides.before || sides.after) typed.push('name:inside-longer-name');
      if (sides.before) typed.push('name:capitalized-word-before');
      const name = f.text;
      if (!elsewhere.has(name)) elsewhere.set(name, nameElsewhere(doc.text, name));
      const seen = elsewhere.get(name)!;
      if (seen.longer) typed.push('name:in-longer-name-elsewhere');
      if (seen.alwaysLonger) typed.push('name:never-alone');
      if (seen.person) typed.push('name:person-elsewhere');
    }
    if (f.type === 'date') cues.push(...dateCues(f, doc.published), ...dateDistanceCues(f, doc.published, sentenceCues(f).includes('sentence:quote')));
    else if (f.type === 'company') cues.push(...companyCues(f));
    else if (f.type !== 'country') cues.push(...figureCues(f));
    else if (f.text.length <= 4) cues.push('country:abbreviation');
    cues.push(...typed, ...typed.map((c) => `${f.type}|${c}`));
    return [...new Set(cues)];
  });
}
