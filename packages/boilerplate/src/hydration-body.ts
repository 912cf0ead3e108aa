import type { RawBlock } from './block-sink.ts';
import { normalizeSpace } from './text-utils.ts';

const APP_DATA = /<script\b[^>]*\btype\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The JSON a script app ships its page data in (`__NEXT_DATA__`, a Nuxt or Apollo state), read from
 * the page source only when needed: the parse empties script text to run faster. */
export function appDataScripts(html: string): string[] {
  return [...html.matchAll(APP_DATA)].map((m) => m[1] ?? '');
}

/** Bounds on the walk, so that a huge or hostile state object cannot make cleaning run long. */
const MAX_VALUES = 200_000;
const MAX_SCRIPT_CHARS = 5_000_000;
/** How deep inside one list entry its text is looked for ({type: "paragraph", children: [{text}]}). */
const ENTRY_DEPTH = 4;
/** A story in the app's data: this many prose paragraphs, this much text. */
const MIN_PARAGRAPHS = 3;
const MIN_CHARS = 500;
/** Share of the headline's words the story must use: a list of other stories' summaries does not. */
const TITLE_WORD_SHARE = 0.4;

type Json = unknown;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–' };
const plain = (s: string): string =>
  normalizeSpace(
    s.replace(/<[^>]*>/g, ' ').replace(/&(#\d+|[a-z]+);/gi, (whole, ref: string) =>
      ref[0] === '#' ? String.fromCodePoint(Math.min(Number(ref.slice(1)), 0x10ffff) || 32) : (NAMED[ref.toLowerCase()] ?? whole)),
  );

/** A paragraph of running prose: a few words that end a sentence, not a URL, id or label. */
const isProse = (t: string): boolean => t.length >= 40 && /[.!?…]["”’)]?(?:\s|$)/.test(t) && t.split(' ').length >= 6 && !/^(?:https?:|\/|\{)/.test(t);

/** The longest string in a list entry, a few levels down. */
function entryText(v: Json): string {
  let best = '';
  const stack: Array<[Json, number]> = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop() as [Json, number];
    if (typeof x === 'string') {
      if (x.length > best.length) best = x;
    } else if (x && typeof x === 'object' && d < ENTRY_DEPTH) {
      for (const y of Array.isArray(x) ? x : Object.values(x as Record<string, Json>)) stack.push([y, d + 1]);
    }
  }
  return best;
}

/** The paragraphs of one candidate: a list of entries, or one HTML string of paragraphs. */
function paragraphsOf(v: Json): string[] {
  if (typeof v === 'string') return v.split(/<\/p>|<br\s*\/?>\s*<br\s*\/?>/i).map(plain).filter(isProse);
  return (v as Json[]).map((e) => plain(entryText(e))).filter(isProse);
}

const words = (s: string): string[] => s.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

/**
 * The story in a script app's page data, for a page that renders it in the browser: of every list in
 * the data (and every string holding HTML paragraphs), the one with the most prose paragraphs, when it
 * holds a story's worth and uses the headline's words. Null when none does.
 */
export function hydrationBody(scripts: readonly string[], titles: readonly string[]): RawBlock[] | null {
  const titleWords = [...new Set(titles.flatMap(words))];
  if (titleWords.length === 0) return null;
  let best: string[] = [];
  let bestChars = 0;
  let budget = MAX_VALUES;
  for (const raw of scripts) {
    if (raw.length > MAX_SCRIPT_CHARS) continue;
    let data: Json;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length > 0 && budget-- > 0) {
      const v = stack.pop();
      const candidate = Array.isArray(v) || (typeof v === 'string' && v.length >= MIN_CHARS && /<p[\s>]/i.test(v));
      if (candidate) {
        const paras = paragraphsOf(v);
        const chars = paras.reduce((a, p) => a + p.length, 0);
        if (paras.length >= MIN_PARAGRAPHS && chars > bestChars) {
          best = paras;
          bestChars = chars;
        }
      }
      if (v && typeof v === 'object') for (const x of Array.isArray(v) ? v : Object.values(v as Record<string, Json>)) stack.push(x);
    }
  }
  if (bestChars < MIN_CHARS) return null;
  const text = new Set(words(best.join(' ')));
  if (titleWords.filter((w) => text.has(w)).length < TITLE_WORD_SHARE * titleWords.length) return null;
  return best.map((t): RawBlock => ({ kind: 'paragraph', text: t }));
}
