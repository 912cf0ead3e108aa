// Builds the general news set's story texts from their annotated sources:
// fixtures/general-gold/src/NAME.html marks each block of the story (headline, standfirst, byline, the
// story's own photo caption, paragraphs, subheads) as ⟦…⟧ inside its element. The story text the gold offsets
// index (truth/NAME.txt) is kept beside the gold; the page as served is built from the source when loaded.
// Usage: pnpm exec tsx scripts/gold/general-pages.ts   (rewrites every story text)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generalGoldDir } from '../bench-facts/general-set.ts';
import { buildPage } from './general-page-source.ts';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = generalGoldDir(resolve(fileURLToPath(import.meta.url), '..', '..', '..'));
  for (const file of readdirSync(join(base, 'src')).filter((f) => f.endsWith('.html')).sort()) {
    const { story } = buildPage(readFileSync(join(base, 'src', file), 'utf8'));
    writeFileSync(join(base, 'truth', file.replace(/\.html$/, '.txt')), story);
  }
  console.log('general-gold story texts rebuilt');
}
