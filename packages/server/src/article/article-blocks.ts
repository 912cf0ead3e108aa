/** A fact as the article view places it: offsets into the stored body text. */
export interface PlacedFact {
  id: number;
  start: number;
  end: number;
}

/** A run of body text, with the facts whose span covers it (outermost first). */
export interface Segment<F extends PlacedFact> {
  start: number;
  end: number;
  facts: F[];
}

export type ArticleBlock<F extends PlacedFact> =
  | { kind: 'paragraph'; start: number; end: number; segments: Segment<F>[] }
  | { kind: 'table'; rows: { cells: Segment<F>[][] }[] };

/** The cleaner writes a data-table row as its cells joined by this (see boilerplate's table writer). */
const CELL_SEPARATOR = ' | ';
/** Blocks of the body text are separated by one blank line. */
const BLOCK_SEPARATOR = '\n\n';
/** Bounded by construction: a body with more blocks than this is shown as one paragraph from there on. */
const MAX_BLOCKS = 5000;

/**
 * The stored body text as paragraphs and tables, each cut into segments at every fact boundary, so
 * the page can wrap each fact's characters in a highlight at exactly its offsets. Consecutive blocks
 * with the same number of " | " cells (two or more) are rows of one table.
 */
export function articleBlocks<F extends PlacedFact>(body: string, facts: readonly F[]): ArticleBlock<F>[] {
  const valid = facts.filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= body.length);
  const ranges = blockRanges(body);
  const out: ArticleBlock<F>[] = [];
  for (const range of ranges) {
    const text = body.slice(range.start, range.end);
    const cells = text.split(CELL_SEPARATOR);
    if (cells.length >= 2 && !text.includes('\n')) {
      const row = { cells: cellRanges(range.start, cells).map((c) => segments(c.start, c.end, valid)) };
      const last = out[out.length - 1];
      if (last?.kind === 'table' && last.rows[0]!.cells.length === cells.length) last.rows.push(row);
      else out.push({ kind: 'table', rows: [row] });
    } else out.push({ kind: 'paragraph', start: range.start, end: range.end, segments: segments(range.start, range.end, valid) });
  }
  return out;
}

function blockRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let at = 0;
  while (at <= body.length) {
    const next = ranges.length + 1 >= MAX_BLOCKS ? -1 : body.indexOf(BLOCK_SEPARATOR, at);
    const end = next < 0 ? body.length : next;
    if (end > at) ranges.push({ start: at, end });
    if (next < 0) break;
    at = next + BLOCK_SEPARATOR.length;
  }
  return ranges;
}

function cellRanges(start: number, cells: string[]): { start: number; end: number }[] {
  let at = start;
  return cells.map((cell) => {
    const range = { start: at, end: at + cell.length };
    at = range.end + CELL_SEPARATOR.length;
    return range;
  });
}

/**
 * [start, end) cut at every fact boundary inside it; each piece lists the facts covering it. A fact
 * that straddles two blocks (or two cells) is shown in each, over the part that falls there.
 */
function segments<F extends PlacedFact>(start: number, end: number, facts: readonly F[]): Segment<F>[] {
  const inside = facts.filter((f) => f.start < end && f.end > start);
  const cuts = new Set<number>([start, end]);
  for (const f of inside) {
    cuts.add(Math.max(f.start, start));
    cuts.add(Math.min(f.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<F>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    // Outermost (longest) first, so nested highlights read from the widest fact in.
    const covering = inside.filter((f) => f.start <= a && f.end >= b).sort((x, y) => x.start - y.start || y.end - x.end || x.id - y.id);
    out.push({ start: a, end: b, facts: covering });
  }
  return out;
}
