/**
 * Nouns that a number after them identifies ("suite 2001", "Interstate 1995", "Chapter 1984", "Exit 2019"):
 * the number is a label of the thing, never a year, whatever its size.
 */
export const NUMBERED_THINGS = new Set(['suite', 'apartment', 'apt', 'gate', 'platform', 'exit', 'chapter', 'episode', 'paragraph', 'clause',
  'resolution', 'box', 'bus', 'channel', 'seat', 'pier', 'berth', 'terminal', 'track', 'precinct', 'interstate', 'highway', 'hwy', 'extension',
  'ext', 'item', 'form', 'lot', 'aisle', 'booth', 'stand', 'hangar', 'bay', 'dock', 'ward', 'cell', 'locker', 'badge', 'jersey', 'bib', 'tel',
  'phone', 'fax', 'ref', 'reference', 'invoice', 'ticket', 'order', 'serial', 'patent', 'docket', 'figure', 'fig', 'table', 'slide', 'verse',
  'psalm', 'opus', 'op', 'catalog', 'catalogue', 'code', 'sku', 'zip', 'postcode', 'pin', 'id', 'grade', 'level', 'category', 'size']);

/** "the 1900 block of Elm Street": a hundred-block of a street in police and fire reports. */
export function blockOfStreet(low: (k: number) => string | undefined, next: number): boolean {
  return low(next) === 'block' && low(next + 1) === 'of';
}
