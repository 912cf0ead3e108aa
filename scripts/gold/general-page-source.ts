// The general news set's marked page sources (fixtures/general-gold/src): each block of the story is marked
// ⟦…⟧ inside its element. The page a site would serve is the source without the marks; the story text the
// gold offsets index is the marked blocks' text, tags dropped, entities decoded, whitespace collapsed.
const OPEN = '⟦';
const CLOSE = '⟧';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', hellip: '…', euro: '€', pound: '£', yen: '¥', eacute: 'é', middot: '·', copy: '©',
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The page as served (marks removed) and the story text (the marked blocks' text, one per paragraph). */
export function buildPage(source: string): { html: string; story: string } {
  const blocks: string[] = [];
  let from = 0;
  for (;;) {
    const s = source.indexOf(OPEN, from);
    if (s < 0) break;
    const e = source.indexOf(CLOSE, s);
    if (e < 0) throw new Error(`unclosed ${OPEN} at ${s}`);
    const inner = source.slice(s + 1, e);
    if (inner.includes(OPEN)) throw new Error(`nested ${OPEN} at ${s}`);
    const text = decode(inner.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    from = e + 1;
  }
  if (source.indexOf(CLOSE, from) >= 0) throw new Error(`stray ${CLOSE}`);
  return { html: source.replaceAll(OPEN, '').replaceAll(CLOSE, ''), story: blocks.join('\n\n') + '\n' };
}
