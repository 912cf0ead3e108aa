import type { DomElement, DomNode, DomText } from './dom-types.ts';
import type { ElInfo } from './node-table.ts';

export interface WriteContext {
  nodes: ElInfo[];
  index: Map<DomElement, number>;
  titles: string[];
}

/** Visible text of a subtree, skipping what the table left out (scripts, hidden or removed parts). */
export function visibleText(ctx: WriteContext, root: DomElement, keepRemoved: boolean): string {
  return textOf(ctx, root, { skip: (n) => n.family === 'hidden' || (n.removed && !keepRemoved) }) as string;
}

/**
 * The text of a picture's box: its caption element (figcaption, "image-caption") is what the box
 * says, even though the table set captions apart; other furniture in it (share or expand buttons)
 * stays out.
 */
export function imageBoxText(ctx: WriteContext, root: DomElement): string {
  return textOf(ctx, root, { skip: (n) => n.family === 'hidden' || (n.removed && n.family !== null && n.family !== 'caption') }) as string;
}

/**
 * The text under root, in document order, leaving out the subtrees `skip` names (never root itself);
 * a block element starts a new word. With `limit`, null as soon as the text (trimmed runs) passes it,
 * so a caller looking for a short line stops early on a long one.
 */
export function textOf(ctx: WriteContext, root: DomElement, options: { skip: (n: ElInfo) => boolean; limit?: number }): string | null {
  const out: string[] = [];
  let chars = 0;
  const limit = options.limit ?? Infinity;
  // null marks the end of a block element: text after it starts a new word too ("…in 2024." then
  // a slide's "2 of 5" must not read "2024.2")
  const stack: Array<DomNode | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode | null;
    if (node === null) {
      out.push(' ');
      continue;
    }
    if (node.type === 'text') {
      const t = (node as DomText).data;
      if (limit !== Infinity && (chars += t.trim().length) > limit) return null;
      out.push(t);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as DomElement;
    const i = ctx.index.get(el);
    if (i === undefined) continue;
    const n = ctx.nodes[i] as ElInfo;
    if (node !== root && options.skip(n)) continue;
    if (el.name === 'br' || (!n.inline && out.length > 0)) out.push(' ');
    if (!n.inline && node !== root) stack.push(null);
    for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as DomNode);
  }
  return out.join('');
}

/** Whether the subtree of table entry i holds an element with this tag. */
export function hasDescendant(ctx: WriteContext, i: number, tag: string): boolean {
  const end = (ctx.nodes[i] as ElInfo).end;
  for (let k = i + 1; k < end; k++) if ((ctx.nodes[k] as ElInfo).tag === tag) return true;
  return false;
}
