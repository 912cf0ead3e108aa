import type { ElInfo } from './node-table.ts';
import { normalizeSpace } from './text-utils.ts';
import { hasDescendant, visibleText, type WriteContext } from './write-context.ts';

/** A box holding a picture and a line or two of text: the text is its caption. */
export function isImageBox(n: ElInfo): boolean {
  return n.imgs > 0 && n.subChars > 0 && n.subChars <= 300 && n.proseBlocks <= 1 && n.headlineLinks === 0 &&
    n.subLinks < 0.5 * n.subChars && IMAGE_BOX_TAGS.has(n.tag);
}

const IMAGE_BOX_TAGS = new Set(['div', 'td', 'table', 'section', 'center']);

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
export function outsideCaptions(ctx: WriteContext, rootIdx: number): { before: string[]; after: string[] } {
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
