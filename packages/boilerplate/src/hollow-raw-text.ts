/**
 * Half the bytes of a news page are inline scripts and style sheets, and parse5 reads them one
 * character at a time, though the cleaner never looks inside them. One linear scan empties them
 * first, following the tokenizer's rules for where they end, so that the tree parse5 then builds is
 * the one it builds from the full page, minus their text:
 * - a <script> or <style> ends at the first `</script` / `</style` followed by space, `/` or `>`;
 * - a script holding `<!--` can hide its end tag from the tokenizer (the escaped states): left whole;
 * - a quoted attribute value may hold `>` or `<script`: start tags are read by the attribute rules;
 * - comments and the bodies of the other raw-text elements are skipped, so a `<script` inside them
 *   is not taken for one.
 * Scripts of JSON-LD are kept: the metadata reads them. Whatever the scan is unsure of stays as it
 * was, for parse5 to read: emptying is an optimisation, never a change of meaning.
 */
const HOLLOWED = new Set(['script', 'style']);
/** Elements whose text the tokenizer reads raw (no tags inside), as the scan must too. */
const OTHER_RAW = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

function isSpaceOrEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Where `</name` (any case, then space, `/` or `>`) starts, from `from` on; -1 when absent. */
function findEndTag(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k !== -1) {
    const at = k + 2;
    if ((html.startsWith(name, at) || html.slice(at, at + name.length).toLowerCase() === name) && isSpaceOrEnd(html.charCodeAt(at + name.length))) {
      return k;
    }
    k = html.indexOf('</', at);
  }
  return -1;
}

/** Index of the `>` closing a start tag whose name ends at `from`: a quoted attribute value may
 * hold `>` (and `<script`), as the tokenizer's attribute states allow. -1 when the tag never ends. */
function startTagEnd(html: string, from: number): number {
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (c === 62) return k;
    if (c !== 61) continue;
    let v = k + 1;
    while (v < html.length && (html.charCodeAt(v) <= 32)) v++;
    const q = html.charCodeAt(v);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", v + 1);
      if (close === -1) return -1;
      k = close;
    } else k = v - 1;
  }
  return -1;
}

/** The markup with the text of inline scripts (JSON-LD aside) and style sheets removed. */
export function hollowRawText(html: string): string {
  const out: string[] = [];
  let last = 0;
  // Next `<!--` at or after a point, kept to move forward only, so the scan stays linear.
  let nextComment = -2;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close === -1) break;
      i = html.indexOf('<', close + 3);
      continue;
    }
    let j = i + 1;
    while (j < html.length && isLetter(html.charCodeAt(j))) j++;
    if (j === i + 1 || !isSpaceOrEnd(html.charCodeAt(j))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const tagEnd = startTagEnd(html, j);
    if (tagEnd === -1) break;
    const name = html.slice(i + 1, j).toLowerCase();
    // After <plaintext> everything is text, to the end of the page.
    if (name === 'plaintext') break;
    if (!HOLLOWED.has(name) && !OTHER_RAW.has(name)) {
      i = html.indexOf('<', tagEnd + 1);
      continue;
    }
    const bodyEnd = findEndTag(html, name, tagEnd + 1);
    if (bodyEnd === -1) break;
    if (HOLLOWED.has(name) && bodyEnd > tagEnd + 1) {
      if (nextComment !== -1 && nextComment <= tagEnd) nextComment = html.indexOf('<!--', tagEnd + 1);
      const escaped = name === 'script' && nextComment !== -1 && nextComment < bodyEnd;
      if (!escaped && !/ld\+json/i.test(html.slice(i, tagEnd))) {
        out.push(html.slice(last, tagEnd + 1));
        last = bodyEnd;
      }
    }
    i = html.indexOf('<', bodyEnd + 2);
  }
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}
