import type { BlockKind } from '@newsfacts/core';
import type { DomElement, DomNode, DomText } from './dom-types.ts';
import type { ElInfo } from './node-table.ts';
import type { Family } from './boilerplate-patterns.ts';
import { BlockSink, type RawBlock } from './block-sink.ts';
import { hasDescendant, imageBoxText, visibleText, type WriteContext } from './write-context.ts';
import { normalizeSpace } from './text-utils.ts';
import { isDataTable, writeTable } from './table-writer.ts';
import { isImageBox, outsideCaptions } from './around-root.ts';
import { isNoteReference } from './note-reference.ts';

export type { WriteContext } from './write-context.ts';

const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
};

/** Skipped furniture after which a held-back heading is taken to have been its label. */
const LABELLED_FAMILIES = new Set<Family>(['related', 'promo', 'share', 'comments', 'tags', 'post-nav', 'nav', 'sidebar', 'form']);

export interface WriteResult {
  blocks: RawBlock[];
  captions: string[];
  droppedHeadlineLinks: number;
  headline: string | null;
  dateline: string | null;
  byline: string | null;
}

/** Single text blocks: judged line by line, never dropped whole as a link list. */
const TEXT_BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt', 'li']);

/** Share of the page's text the content root holds above which the markup has set nothing apart. */
const UNSTRUCTURED_SHARE = 0.9;
const PAGE_TAGS = new Set(['body', 'html', '#document']);

/**
 * A page whose markup gives the story no container (the content root is the body itself) or sets no
 * furniture apart (no menu, footer or aside element, and a root holding nearly all the text): menus,
 * related headlines and price boxes sit beside the story as bare lines, so only the lines' own form
 * can tell where the story ends.
 */
function isUnstructured(ctx: WriteContext, rootIdx: number): boolean {
  const root = ctx.nodes[rootIdx] as ElInfo;
  if (PAGE_TAGS.has(root.tag)) return true;
  const page = ctx.nodes.find((n) => n.tag === 'body') ?? ctx.nodes[0];
  if (page === undefined || root.subChars < UNSTRUCTURED_SHARE * page.subChars) return false;
  return !ctx.nodes.some((n) => n.family !== null && n.family !== 'hidden' && n.family !== 'caption');
}

/** What the content finder took for furniture (a boilerplate family, or inside one). */
const markedRemoved = (n: ElInfo): boolean => n.removed;

/**
 * Writes the content root's subtree as blocks, in document order, with one iterative walk.
 * Furniture inside the root is skipped (captions kept apart); block boundaries end a block.
 * `isFurniture` says which elements are skipped: by default what the content finder removed.
 */
export function writeBlocks(ctx: WriteContext, rootIdx: number, isFurniture: (n: ElInfo) => boolean = markedRemoved): WriteResult {
  const sink = new BlockSink(ctx.titles);
  const root = (ctx.nodes[rootIdx] as ElInfo).el;
  const kinds: BlockKind[] = ['paragraph'];
  // Items are nodes to enter, or numbers: the table index of a block element to leave.
  const stack: Array<DomNode | number> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as DomNode | number;
    if (typeof item === 'number') {
      sink.flush(kinds[kinds.length - 1] as BlockKind, true);
      sink.exit();
      kinds.pop();
      continue;
    }
    if (item.type === 'text') {
      const parentIdx = item.parent ? ctx.index.get(item.parent as DomElement) : undefined;
      const inLink = parentIdx !== undefined && (ctx.nodes[parentIdx] as ElInfo).inLink;
      sink.append((item as DomText).data, inLink);
      continue;
    }
    if (item.type !== 'tag') continue;
    const el = item as DomElement;
    const i = ctx.index.get(el);
    if (i === undefined) continue;
    const n = ctx.nodes[i] as ElInfo;
    if (i !== rootIdx && isFurniture(n)) {
      if (n.family === 'caption') sink.caption(visibleText(ctx, el, true));
      else if (n.family === 'author-meta') sink.skippedAuthorLine(visibleText(ctx, el, true));
      else if (n.family !== null && LABELLED_FAMILIES.has(n.family)) sink.spoil();
      continue;
    }
    if (el.name === 'br') {
      sink.lineBreak();
      continue;
    }
    if (n.inline) {
      if (isNoteReference(el)) continue;
      for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as DomNode);
      continue;
    }
    const kind = kinds[kinds.length - 1] as BlockKind;
    sink.flush(kind, false);
    // An <h1> ahead of all body text is the headline even when it differs from the <title>.
    if (el.name === 'h1' && sink.blocks.length === 0) {
      sink.noteHeadline(normalizeSpace(visibleText(ctx, el, false)));
      continue;
    }
    if (el.name === 'figure' && !hasDescendant(ctx, i, 'table')) {
      sink.caption(visibleText(ctx, el, true));
      continue;
    }
    if (i !== rootIdx && isImageBox(n)) {
      sink.caption(imageBoxText(ctx, el));
      continue;
    }
    if (el.name === 'table' && isDataTable(ctx, i)) {
      writeTable(ctx, el, sink);
      continue;
    }
    // A link list or tag cloud inside the article: all link text, no prose. (A single paragraph is
    // judged line by line instead: a sentence may carry a long link.)
    if (i !== rootIdx && !TEXT_BLOCK_TAGS.has(el.name) && n.good === 0 && n.subChars >= 20 && n.subLinks > 0.6 * n.subChars) {
      sink.spoil();
      continue;
    }
    kinds.push(KIND_OF_TAG[el.name] ?? kind);
    sink.enter();
    stack.push(i);
    for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as DomNode);
  }
  sink.flush('paragraph');
  const around = outsideCaptions(ctx, rootIdx);
  const captions = [...new Set([...around.before, ...sink.captions, ...around.after])];
  return {
    blocks: sink.finish(isUnstructured(ctx, rootIdx)),
    captions,
    droppedHeadlineLinks: sink.droppedHeadlineLinks,
    headline: sink.headline,
    dateline: sink.dateline,
    byline: sink.byline,
  };
}
