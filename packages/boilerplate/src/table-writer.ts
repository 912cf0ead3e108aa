import type { DomElement, DomNode } from './dom-types.ts';
import type { ElInfo } from './node-table.ts';
import type { BlockSink } from './block-sink.ts';
import { normalizeSpace } from './text-utils.ts';
import { visibleText, type WriteContext } from './write-context.ts';

/** A table of figures rather than a page layout: two columns or more, no nested tables, no long
 * prose in a cell. */
export function isDataTable(ctx: WriteContext, i: number): boolean {
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

export function writeTable(ctx: WriteContext, table: DomElement, sink: BlockSink): void {
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
