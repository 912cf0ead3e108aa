import { parse } from 'parse5';
import type { DomParent } from './dom-types.ts';
import { limitDepth } from './depth-guard.ts';
import { hollowRawText } from './hollow-raw-text.ts';
import { pageTreeAdapter } from './page-tree.ts';

/**
 * The page as a browser builds it: parse5 follows the HTML standard's tree construction, so an
 * unclosed <head>, a missing <body>, stray end tags, unclosed <p>/<td>/<font>, misnested formatting
 * and table-layout pages come out as a browser shows them. Script and style text is emptied first
 * (hollow-raw-text.ts): the tree is the same, the parse about twice as fast.
 */
export function parsePage(html: string): DomParent {
  // Scripts and styles go first: the later scans then read half the bytes.
  const hollow = hollowRawText(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html);
  return parse(limitDepth(wellFormed(hollow)), { treeAdapter: pageTreeAdapter }) as DomParent;
}

/** ES2024 string methods, present in Node 20 but not in the ES2023 library types we compile with. */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** Lone surrogates (broken UTF-16 from a bad decode) become U+FFFD, as a browser's decoder makes
 * them: parse5 throws on some of them. */
function wellFormed(text: string): string {
  const s = text as unknown as WellFormedString;
  return s.isWellFormed() ? text : s.toWellFormed();
}
