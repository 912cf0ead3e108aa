/**
 * The parser's scope checks walk its open-element stack, so each tag can cost time in proportion
 * to the nesting depth: 100k unclosed <font> or <div> tags (old forums, broken generators) would
 * take minutes. Real pages nest well under a hundred levels. Before parsing, one linear
 * scan measures the depth; only when it passes MAX_DEPTH is the markup rewritten, dropping opening
 * tags beyond that depth together with the closing tags that match them. Text is never dropped.
 */
export const MAX_DEPTH = 1000;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'basefont', 'bgsound', 'frame', 'isindex', 'command',
]);
/** Closed implicitly by the parser when a sibling opens: they never pile up. */
const SELF_LIMITING = new Set([
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp',
  'colgroup', 'caption',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript', 'iframe']);

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

/** Where `</name` starts (any letter case), from `from` on. */
function findClose(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k !== -1) {
    if (html.slice(k + 2, k + 2 + name.length).toLowerCase() === name) return k;
    k = html.indexOf('</', k + 2);
  }
  return -1;
}

/** Calls `visit` for each tag, skipping comments and raw-text element bodies. */
function eachTag(html: string, visit: (tag: Tag) => void): void {
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close === -1) return;
      i = html.indexOf('<', close + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47;
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const end = html.indexOf('>', j);
    if (end === -1) return;
    const selfClosing = html.charCodeAt(end - 1) === 47;
    visit({ start: i, end: end + 1, name, closing, selfClosing });
    if (!closing && RAW_TEXT.has(name)) {
      const close = findClose(html, name, end + 1);
      if (close === -1) return;
      i = close;
      continue;
    }
    i = html.indexOf('<', end + 1);
  }
}

function nests(tag: Tag): boolean {
  return !tag.selfClosing && !VOID.has(tag.name) && !SELF_LIMITING.has(tag.name);
}

/**
 * Nesting depth of the markup as the parser will see it (roughly: void and self-limiting elements
 * do not nest). Stops counting once past `limit`. One pass, no allocation beyond tag names.
 */
export function maxDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33) {
      // <!-- comment --> or <!DOCTYPE>
      const end = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const closing = c === 47;
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    while (j < html.length && isNameChar(html.charCodeAt(j))) j++;
    if (j === nameStart) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = html.indexOf('>', j);
    if (end === -1) break;
    const name = html.slice(nameStart, j).toLowerCase();
    if (!closing && RAW_TEXT.has(name)) {
      const close = findClose(html, name, end + 1);
      if (close === -1) break;
      i = close;
      continue;
    }
    if (!VOID.has(name) && !SELF_LIMITING.has(name) && html.charCodeAt(end - 1) !== 47) {
      if (closing) depth = depth > 0 ? depth - 1 : 0;
      else if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    }
    i = html.indexOf('<', end + 1);
  }
  return max;
}

/** The markup unchanged, or with the tags that nest deeper than MAX_DEPTH taken out. */
export function limitDepth(html: string): string {
  if (maxDepth(html, MAX_DEPTH) <= MAX_DEPTH) return html;
  const out: string[] = [];
  const dropped = new Map<string, number>();
  let depth = 0;
  let last = 0;
  eachTag(html, (tag) => {
    if (!nests(tag)) return;
    let drop = false;
    if (tag.closing) {
      const pending = dropped.get(tag.name) ?? 0;
      if (pending > 0) {
        dropped.set(tag.name, pending - 1);
        drop = true;
      } else depth = Math.max(0, depth - 1);
    } else if (depth >= MAX_DEPTH) {
      dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
      drop = true;
    } else depth++;
    if (drop) {
      out.push(html.slice(last, tag.start), ' ');
      last = tag.end;
    }
  });
  out.push(html.slice(last));
  return out.join('');
}
