import type { ElInfo } from './node-table.ts';
import { namesFactBox } from './boilerplate-patterns.ts';
import { visibleText, type WriteContext } from './write-context.ts';

/**
 * A fact box inside the story either restates it (its figures are the prose's, rounded or out of
 * context: furniture) or completes it (a budget's line items, a deal's terms the prose never gives:
 * the story's own text, set in a box). The figures tell which: a box most of whose numbers the prose
 * does not hold is written with the story.
 */
const MIN_FIGURES = 2;
const NEW_SHARE = 0.5;

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Distinct numbers of a text, thousands separators and trailing zeros of decimals folded. */
export function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    // "1,250" and "1.250" group thousands; "4.90" and "4.9" are one figure
    const plain = /^\d{1,3}(?:[.,]\d{3})+$/.test(raw) ? raw.replace(/[.,]/g, '') : raw.replace(',', '.');
    out.add(plain.includes('.') ? plain.replace(/\.?0+$/, '') : plain);
  }
  return out;
}

/** Whether most of a box's figures are new to the prose around it. */
export function addsFigures(box: string, prose: string): boolean {
  const own = figuresOf(box);
  if (own.size < MIN_FIGURES) return false;
  const told = figuresOf(prose);
  let fresh = 0;
  for (const f of own) if (!told.has(f)) fresh++;
  return fresh > NEW_SHARE * own.size;
}

/** A removed element that names a fact box and starts a removed region (its parent was kept). */
function isBoxTop(ctx: WriteContext, n: ElInfo): boolean {
  const parent = ctx.nodes[n.parent];
  return n.removed && n.family !== 'hidden' && parent !== undefined && !parent.removed && namesFactBox(n.el.attribs);
}

/**
 * Gives back to the story the fact boxes inside its content root that add figures; their own
 * furniture (an ad or share bar set in the box) stays out. Boxes are disjoint subtrees, so the
 * work is one pass over the root's subtree.
 */
export function keepFactBoxesWithNewFigures(ctx: WriteContext, rootIdx: number): void {
  const root = ctx.nodes[rootIdx] as ElInfo;
  let prose: string | null = null;
  for (let i = rootIdx + 1; i < root.end; i++) {
    const n = ctx.nodes[i] as ElInfo;
    if (!isBoxTop(ctx, n)) continue;
    prose ??= visibleText(ctx, root.el, false);
    if (addsFigures(visibleText(ctx, n.el, true), prose)) restore(ctx, i);
    i = n.end - 1;
  }
}

function restore(ctx: WriteContext, boxIdx: number): void {
  const box = ctx.nodes[boxIdx] as ElInfo;
  box.removed = false;
  box.family = null;
  for (let k = boxIdx + 1; k < box.end; k++) {
    const n = ctx.nodes[k] as ElInfo;
    const parent = ctx.nodes[n.parent] as ElInfo;
    const ownFurniture = n.family !== null && !namesFactBox(n.el.attribs);
    n.removed = ownFurniture || parent.removed;
    if (!n.removed) n.family = null;
  }
}
