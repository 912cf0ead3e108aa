/**
 * The words a paragraph is about, as a set of crude stems: lowercased letter runs of three letters
 * or more, less the words every English news paragraph uses whatever its subject (function words,
 * reporting verbs, times and dates, counting words). Two paragraphs of one story share some of
 * what is left; two ledes of different stories mostly share none of it.
 */

// Function words, reporting and linking verbs, calendar and counting words, and the vaguest nouns
// of news prose: each of them turns up in unrelated stories, so sharing one says nothing.
const STOP = new Set(
  `the and for are but not was were has had have having its it's his her hers him she they them their theirs
   this that these those there then than with from into onto upon over under about above below after before
   between during since until while when where which who whom whose what why how all any both each few more
   most other others some such only own same too very can could may might must shall should will would
   does did doing done been being also just even still yet again ever never once here now out off our ours
   your yours you one two three four five six seven eight nine ten first second third last next per via
   say says said saying told tell tells according added adding noted noting reported reports report asked
   hour hours minute minutes morning evening afternoon night tonight week weeks month months year years day days today yesterday tomorrow time times ago earlier later recent
   recently monday tuesday wednesday thursday friday saturday sunday january february march april june july
   august september october november december sept oct nov dec jan feb aug million billion trillion percent
   cent thousand hundred dozen number numbers new news part parts way ways lot many much well back down around
   against within without across along among amid through throughout despite although though because however
   whether either neither nor per cent mr mrs ms dr far near like likely including include includes included
   made make makes making take takes took taken get gets got come comes came going goes went set sets put
   see seen show shows showed shown use used uses using say people person group groups thing things end ends
   ended begin began begun start started help helped need needs needed want wants wanted know known
   expected expect expects plan plans planned further least less long short high higher low lower big
   large small major key main top early late current former latest another every several whole
   company companies firm firms group ceo chief executive chairman president director minister
   state states official officials statement statements spokesperson spokesman spokeswoman source sources
   country countries world global international national nation local area areas region regional city
   public government governments office service services system systems program programme project projects
   issue issues problem problems question questions reason reasons result results case cases change changes
   level levels step steps side sides life lives home place places work works worked working support
   supported continue continued continues remain remains remained business market markets industry
   industries sector media social political economic force forces security good better best bad important
   significant possible clear able real free full whole open based related following point points press
   published publish written writer reporter reporters correspondent editor readers story stories article
   page website site online video photo image images information details`.split(/\s+/),
);

/** English's commonest words: a page where they are rare is in another language, and its topic words are unknown to us. */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'for', 'on', 'that', 'with', 'as', 'by', 'was', 'at', 'from', 'it', 'an', 'are', 'has', 'have']);

const WORD = /\p{L}+/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** One word's stem: long words by their first six letters (export, exports, exporters), short ones without a plural s. */
function stem(word: string): string {
  if (word.length > 6) return word.slice(0, 6);
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The topic stems of one paragraph. */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || STOP.has(w)) continue;
    stems.add(stem(w));
  }
  return stems;
}

/** The share of a text's words that are English's commonest (about a quarter in English prose, near none in other languages). */
export function englishShare(texts: string[]): number {
  let words = 0;
  let markers = 0;
  for (const t of texts) {
    for (const m of t.toLowerCase().matchAll(WORD)) {
      // Chinese, Japanese and Thai set no spaces between words: a run of their letters holds many.
      words += UNSPACED.test(m[0]) ? Math.ceil(m[0].length / 2) : 1;
      if (ENGLISH_MARKERS.has(m[0])) markers++;
    }
  }
  return words === 0 ? 0 : markers / words;
}

/** A capitalised word inside a sentence (not its first word): a name of a person, place or body. */
const NAME = /(?<![.!?:"“‘]\s*|^\s*)\b\p{Lu}[\p{L}\p{M}]+/gu;
/** "U.S.", "U.K.": initials with stops, read as the two-letter name they stand for. */
const DOTTED_INITIALS = /\b(\p{Lu})\.(\p{Lu})\./gu;
const TWO_CAPITALS = /^\p{Lu}\p{Lu}$/u;

/** The stems of the names a paragraph mentions ("UK" and "EU" among them), less the calendar and
 * title words written with a capital. */
export function nameStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const m of text.replace(DOTTED_INITIALS, '$1$2').matchAll(NAME)) {
    const w = m[0].toLowerCase();
    if (w.length >= 3 ? !STOP.has(w) : TWO_CAPITALS.test(m[0])) stems.add(stem(w));
  }
  return stems;
}
