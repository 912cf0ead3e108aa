import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../src/article/article-blocks.ts';

describe('articleBlocks', () => {
  const body = 'Output rose to 90 tonnes.\n\nPort | Tonnes\n\nEastbay | 40 tonnes\n\nLast line\nwith a break.';
  const at = (text: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length });

  it('cuts paragraphs and " | " table rows at every fact boundary, keeping body offsets', () => {
    const facts = [{ id: 1, ...at('90 tonnes') }, { id: 2, ...at('40 tonnes') }, { id: 3, ...at('90') }];
    const blocks = articleBlocks(body, facts);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const first = blocks[0]!;
    if (first.kind !== 'paragraph') throw new Error('paragraph expected');
    expect(first.segments.map((s) => [body.slice(s.start, s.end), s.facts.map((f) => f.id)])).toEqual([
      ['Output rose to ', []],
      ['90', [1, 3]],
      [' tonnes', [1]],
      ['.', []],
    ]);
    const table = blocks[1]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.map((r) => r.cells.map((c) => c.map((s) => body.slice(s.start, s.end)).join('')))).toEqual([
      ['Port', 'Tonnes'],
      ['Eastbay', '40 tonnes'],
    ]);
    expect(table.rows[1]!.cells[1]![0]!.facts.map((f) => f.id)).toEqual([2]);
  });

  it('ignores offsets outside the body instead of failing the page', () => {
    const blocks = articleBlocks(body, [{ id: 9, start: body.length - 2, end: body.length + 5 }, { id: 10, start: 5, end: 3 }]);
    expect(blocks.flatMap((b) => (b.kind === 'paragraph' ? b.segments.flatMap((s) => s.facts) : []))).toEqual([]);
  });
});
