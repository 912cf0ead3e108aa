// Builds the general news set's pages and story texts from their annotated sources:
// fixtures/general-gold/src/NAME.html marks each block of the story (headline, standfirst, byline, the
// story's own photo caption, paragraphs, subheads) as ⟦…⟧ inside its element. The page a site would serve is
// the source without the marks (pages/NAME.html); the story text the gold offsets index is the marked
// blocks' text, tags dropped, entities decoded and whitespace collapsed, one block per paragraph (truth/NAME.txt).
// Usage: pnpm exec tsx scripts/gold/general-pages.ts   (rewrites every page and story text)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generalGoldDir } from '../bench-facts/general-set.ts';

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = generalGoldDir(resolve(fileURLToPath(import.meta.url), '..', '..', '..'));
  for (const file of readdirSync(join(base, 'src')).filter((f) => f.endsWith('.html')).sort()) {
    const { html, story } = buildPage(readFileSync(join(base, 'src', file), 'utf8'));
    writeFileSync(join(base, 'pages', file), html);
    writeFileSync(join(base, 'truth', file.replace(/\.html$/, '.txt')), story);
  }
  console.log('general-gold pages and story texts rebuilt');
}
