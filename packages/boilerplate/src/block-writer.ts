import type { BlockKind } from '@newsfacts/core';
import type { DomElement, DomNode, DomText } from './dom-types.ts';
import type { ElInfo } from './node-table.ts';
import type { Family } from './boilerplate-patterns.ts';
import { BlockSink, type RawBlock } from './block-sink.ts';
import { normalizeSpace } from './text-utils.ts';

const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
};

/** Skipped furniture after which a held-back heading is taken to have been its label. */
const LABELLED_FAMILIES = new Set<Family>(['related', 'promo', 'share', 'comments', 'tags', 'post-nav', 'nav', 'sidebar']);

export interface WriteContext {
  nodes: ElInfo[];
  index: Map<DomElement, number>;
  titles: string[];
}

export interface WriteResult {
  blocks: RawBlock[];
  captions: string[];
  droppedHeadlineLinks: number;
  headline: string | null;
  dateline: string | null;
  byline: string | null;
}

/** Visible text of a subtree, skipping what the table left out (scripts, hidden or removed parts). */
export function visibleText(ctx: WriteContext, root: DomElement, keepRemoved: boolean): string {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type === 'text') {
      out.push((node as DomText).data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as DomElement;
    const i = ctx.index.get(el);
    if (i === undefined) continue;
    const n = ctx.nodes[i] as ElInfo;
    if (node !== root && n.family === 'hidden') continue;
    if (node !== root && n.removed && !keepRemoved) continue;
    if (el.name === 'br' || (!n.inline && out.length > 0)) out.push(' ');
    for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as DomNode);
  }
  return out.join('');
}

/** A table of figures rather than a page layout: two columns or more, no nested tables, no long
 * prose in a cell. */
function isDataTable(ctx: WriteContext, i: number): boolean {
  const table = ctx.nodes[i] as ElInfo;
  const cellsPerRow = new Map<number, number>();
  for (let k = i + 1; k < table.end; k++) {
    const n = ctx.nodes[k] as ElInfo;
    if (n.tag === 'table') return false;
    if (n.tag === 'td' || n.tag === 'th') {
      if (n.subChars > 400) return false;
      cellsPerRow.set(n.parent, (cellsPerRow.get(n.parent) ?? 0) + 1);
    }
  }
  return table.subChars > 0 && Math.max(0, ...cellsPerRow.values()) >= 2;
}

/** A box holding a picture and a line or two of text: the text is its caption. */
function isImageBox(n: ElInfo): boolean {
  return n.imgs > 0 && n.subChars > 0 && n.subChars <= 300 && n.proseBlocks <= 1 && n.headlineLinks === 0 &&
    n.subLinks < 0.5 * n.subChars && IMAGE_BOX_TAGS.has(n.tag);
}

const IMAGE_BOX_TAGS = new Set(['div', 'td', 'table', 'section', 'center']);

function writeTable(ctx: WriteContext, table: DomElement, sink: BlockSink): void {
  const stack: DomElement[] = [table];
  while (stack.length > 0) {
    const el = stack.pop() as DomElement;
    if (el !== table) {
      const ci = ctx.index.get(el);
      if (ci === undefined || (ctx.nodes[ci] as ElInfo).removed) continue;
      if (el.name === 'caption') {
        sink.caption(visibleText(ctx, el, false));
        continue;
      }
      if (el.name === 'tr') {
        writeRow(ctx, el, sink);
        continue;
      }
    }
    for (let k = el.children.length - 1; k >= 0; k--) {
      const c = el.children[k] as DomNode;
      if (c.type === 'tag') stack.push(c as DomElement);
    }
  }
}

/** One row, cells joined by " | " so that a figure stays beside its label and never glues to the next. */
function writeRow(ctx: WriteContext, row: DomElement, sink: BlockSink): void {
  const cells: string[] = [];
  for (const c of row.children) {
    if (c.type !== 'tag') continue;
    const ce = c as DomElement;
    if (ce.name !== 'td' && ce.name !== 'th') continue;
    const ci = ctx.index.get(ce);
    if (ci === undefined || (ctx.nodes[ci] as ElInfo).removed) continue;
    cells.push(normalizeSpace(visibleText(ctx, ce, false)));
  }
  if (cells.some((c) => c.length > 0)) {
    sink.append(cells.join(' | '), false);
    sink.flush('table-row');
  }
}

/**
 * A lead paragraph (standfirst, summary) that templates put just before the body container: the
 * nearest earlier sibling with text, if its class calls it a lead and it is one short prose block
 * without links. It often states the story's key figures, so it belongs to the body.
 */
function leadBefore(ctx: WriteContext, rootIdx: number): ElInfo | null {
  const root = ctx.nodes[rootIdx] as ElInfo;
  const parent = ctx.nodes[root.parent];
  if (!parent) return null;
  let lead: ElInfo | null = null;
  for (let k = root.parent + 1; k < rootIdx; k = (ctx.nodes[k] as ElInfo).end) {
    const n = ctx.nodes[k] as ElInfo;
    if (n.removed || n.subChars === 0 || n.tag === 'figure' || isImageBox(n)) continue;
    lead = n;
  }
  if (!lead || lead.inline || PARAGRAPH_LEVEL_HEADINGS.has(lead.tag)) return null;
  const names = `${lead.el.attribs.class ?? ''} ${lead.el.attribs.id ?? ''} ${lead.el.attribs.itemprop ?? ''}`;
  const isLead = LEAD_HINT.test(names) && lead.proseBlocks === 1 && lead.good > 0 && lead.subLinks === 0 &&
    lead.subChars <= 800 && lead.bad === 0;
  return isLead ? lead : null;
}

/** Class names templates give a standfirst: "article__summary", "b-article__lead", "dek". */
const LEAD_HINT = /(?:^|[\s_-])(?:summary|lead|lede|standfirst|dek|intro|introduction|excerpt|description|subtitle|sub-title|abstract|strapline)(?:$|[\s_-])/i;

const PARAGRAPH_LEVEL_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Writes the content root's subtree as blocks, in document order, with one iterative walk.
 * Furniture inside the root is skipped (captions kept apart); block boundaries end a block.
 */
export function writeBlocks(ctx: WriteContext, rootIdx: number): WriteResult {
  const sink = new BlockSink(ctx.titles);
  const root = (ctx.nodes[rootIdx] as ElInfo).el;
  const kinds: BlockKind[] = ['paragraph'];
  // Items are nodes to enter, or numbers: the table index of a block element to leave.
  const lead = leadBefore(ctx, rootIdx);
  if (lead) {
    sink.append(visibleText(ctx, lead.el, false), false);
    sink.flush('paragraph');
  }
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
    if (n.removed && i !== rootIdx) {
      if (n.family === 'caption') sink.caption(visibleText(ctx, el, true));
      else if (n.family !== null && LABELLED_FAMILIES.has(n.family)) sink.spoil();
      continue;
    }
    if (el.name === 'br') {
      sink.lineBreak();
      continue;
    }
    if (n.inline) {
      for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as DomNode);
      continue;
    }
    const kind = kinds[kinds.length - 1] as BlockKind;
    sink.flush(kind, false);
    if (el.name === 'figure' && !hasDescendant(ctx, i, 'table')) {
      sink.caption(visibleText(ctx, el, true));
      continue;
    }
    if (i !== rootIdx && isImageBox(n)) {
      sink.caption(visibleText(ctx, el, false));
      continue;
    }
    if (el.name === 'table' && isDataTable(ctx, i)) {
      writeTable(ctx, el, sink);
      continue;
    }
    // A link list or tag cloud inside the article: all link text, no prose.
    if (i !== rootIdx && n.good === 0 && n.subChars >= 20 && n.subLinks > 0.6 * n.subChars) {
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
    blocks: sink.finish(),
    captions,
    droppedHeadlineLinks: sink.droppedHeadlineLinks,
    headline: sink.headline,
    dateline: sink.dateline,
    byline: sink.byline,
  };
}

function hasDescendant(ctx: WriteContext, i: number, tag: string): boolean {
  const end = (ctx.nodes[i] as ElInfo).end;
  for (let k = i + 1; k < end; k++) if ((ctx.nodes[k] as ElInfo).tag === tag) return true;
  return false;
}

/** The article around the content root: wrappers that add no prose of their own, up to <article>
 * or <main>, at most three levels up. Captions there (a lead photo above the body) are the
 * article's captions too. */
function captionScope(ctx: WriteContext, rootIdx: number): number {
  const root = ctx.nodes[rootIdx] as ElInfo;
  let scope = rootIdx;
  for (let up = 0; up < 3; up++) {
    const cur = ctx.nodes[scope] as ElInfo;
    if (cur.tag === 'article' || cur.tag === 'main') break;
    const p = ctx.nodes[cur.parent];
    if (!p || p.tag === 'body' || p.tag === 'html' || p.tag === '#document' || p.good > root.good * 1.05 + 50) break;
    scope = cur.parent;
  }
  return scope;
}

/** Captions in the caption scope but outside the content root, split around it. */
function outsideCaptions(ctx: WriteContext, rootIdx: number): { before: string[]; after: string[] } {
  const scope = captionScope(ctx, rootIdx);
  const root = ctx.nodes[rootIdx] as ElInfo;
  const out = { before: [] as string[], after: [] as string[] };
  const end = (ctx.nodes[scope] as ElInfo).end;
  for (let k = scope + 1; k < end; k++) {
    if (k === rootIdx) {
      k = root.end - 1;
      continue;
    }
    const n = ctx.nodes[k] as ElInfo;
    if (n.family === 'hidden' || (n.removed && n.family !== 'caption')) {
      k = n.end - 1;
      continue;
    }
    const isCaption = n.family === 'caption' || (n.tag === 'figure' && !hasDescendant(ctx, k, 'table')) || isImageBox(n);
    if (!isCaption) continue;
    const text = normalizeSpace(visibleText(ctx, n.el, true));
    if (text) (k < rootIdx ? out.before : out.after).push(text);
    k = n.end - 1;
  }
  return out;
}
