import type { Family } from './boilerplate-patterns.ts';
import type { ElInfo } from './node-table.ts';
import { writeBlocks, type WriteContext, type WriteResult } from './block-writer.ts';

/** Furniture the fallback still leaves out: what a reader skips as navigation or chrome. Comments,
 * related links and author boxes stay: when in doubt, text a browser shows is kept. */
const NAV_LIKE = new Set<Family>(['hidden', 'nav', 'header-footer', 'consent', 'ad', 'share', 'overlay', 'post-nav', 'tags', 'promo', 'form']);

/** A child holding this share of its parent's net text is the block; its parent only wraps it. */
const DESCEND_SHARE = 0.8;

export interface Fallback {
  written: WriteResult;
  /** Which fallback gave the text, for the document's note. */
  how: string;
}

/** Whether each element is hidden or inside a hidden one (hidden text is never the article). */
function hiddenFlags(nodes: ElInfo[]): Uint8Array {
  const hidden = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ElInfo;
    if (n.family === 'hidden' || (n.parent >= 0 && hidden[n.parent] === 1)) hidden[i] = 1;
  }
  return hidden;
}

/** Text outside links, less the link text: a menu scores below nothing, prose about its length. */
const netText = (n: ElInfo): number => n.subChars - 2 * n.subLinks;

/**
 * The largest text block by density: the element with the most net text, then, going down, the
 * smallest element that still holds most of it (the paragraphs' container, not the page around
 * it). Returns -1 when no element holds text outside links.
 */
export function largestTextBlock(nodes: ElInfo[], hidden: Uint8Array): number {
  let best = -1;
  let bestNet = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as ElInfo;
    if (hidden[i] === 1 || n.inline) continue;
    if (netText(n) > bestNet) {
      best = i;
      bestNet = netText(n);
    }
  }
  let cur = best;
  while (cur >= 0) {
    const end = (nodes[cur] as ElInfo).end;
    let next = -1;
    // Children only: each child's subtree is jumped over, so the descent is linear in the page.
    for (let k = cur + 1; k < end; k = (nodes[k] as ElInfo).end) {
      const c = nodes[k] as ElInfo;
      if (hidden[k] === 0 && !c.inline && netText(c) >= DESCEND_SHARE * bestNet) next = k;
    }
    if (next < 0) break;
    cur = next;
  }
  return cur;
}

const proseChars = (w: WriteResult): number => w.blocks.reduce((a, b) => a + (b.kind === 'heading' ? 0 : b.text.length), 0);

/**
 * When the content finder found nothing it trusts: first the largest text block by density, then
 * the body's visible text less navigation-like blocks (menus, link lists, page header and footer,
 * consent and share bars), whichever gives `enough` characters first, else the longer of the two.
 * Returns null when neither holds any text.
 */
export function fallbackBody(ctx: WriteContext, enough: number): Fallback | null {
  const nodes = ctx.nodes;
  const hidden = hiddenFlags(nodes);
  const isFurniture = (n: ElInfo): boolean => n.family !== null && NAV_LIKE.has(n.family);
  let first: Fallback | null = null;
  const block = largestTextBlock(nodes, hidden);
  if (block >= 0) {
    first = { written: writeBlocks(ctx, block, isFurniture), how: 'the largest text block' };
    if (proseChars(first.written) >= enough) return first;
  }
  const body = nodes.findIndex((n) => n.tag === 'body');
  const whole: Fallback = { written: writeBlocks(ctx, body >= 0 ? body : 0, isFurniture), how: 'the visible text less navigation' };
  if (first && proseChars(first.written) >= proseChars(whole.written)) return proseChars(first.written) > 0 ? first : null;
  return proseChars(whole.written) > 0 ? whole : null;
}

export { proseChars };
