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
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  return parse(hollowRawText(limitDepth(source)), { treeAdapter: pageTreeAdapter }) as DomParent;
}
