import type { ElInfo } from './node-table.ts';
import { normalizeSpace } from './text-utils.ts';
import { hasDescendant, visibleText, type WriteContext } from './write-context.ts';

/** A box holding a picture and a line or two of text: the text is its caption. */
export function isImageBox(n: ElInfo): boolean {
  return n.imgs > 0 && n.subChars > 0 && n.subChars <= 300 && n.proseBlocks <= 1 && n.headlineLinks === 0 &&
    n.subLinks < 0.5 * n.subChars && IMAGE_BOX_TAGS.has(n.tag);
}

const PARAGRAPH_LEVEL_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const IMAGE_BOX_TAGS = new Set(['div', 'td', 'table', 'section', 'center']);

/**
 * A lead paragraph (standfirst, summary) that templates put just before the body container: the
 * nearest earlier sibling with text, if its class calls it a lead and it is one short prose block
 * without links. It often states the story's key figures, so it belongs to the body.
 */
export function leadBefore(ctx: WriteContext, rootIdx: number): ElInfo | null {
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
