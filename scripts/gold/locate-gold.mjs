// Turns a working annotation (facts with their surface text and occurrence number) into the
// repository's gold file (facts with character offsets, no article text), after checking each
// fact's shape. The article text stays in ../shared; only ids, offsets and values are kept here.
// Usage: node scripts/gold/locate-gold.mjs WORK.json [...]   (writes fixtures/facts-gold/ID.json)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = process.env.NEWSFACTS_BENCH_DIR ?? '../shared/bench';
const truth = JSON.parse(readFileSync(join(benchDir, 'article-extraction', 'ground-truth.json'), 'utf8'));
const split = JSON.parse(readFileSync('fixtures/splits/bench-sites.json', 'utf8')).pages;
const TYPES = new Set(['tonnage', 'percentage', 'date', 'company', 'country', 'money']);
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-Q[1-4]|\d{4}-H[12]|FY\d{4}(-\d{2})?)$/;

function problemsOf(f) {
  const p = [];
  if (!TYPES.has(f.type)) p.push(`type ${f.type}`);
  if (typeof f.text !== 'string' || !f.text) p.push('text missing');
  if (f.type === 'date') {
    const values = f.range ? [f.range.min, f.range.max] : [f.value];
    if (!values.every((v) => typeof v === 'string' && DATE.test(v))) p.push(`date value ${JSON.stringify(f.value ?? f.range)}`);
  } else if (f.type === 'country') {
    if (!/^[A-Z]{2}$/.test(f.value) && f.value !== 'EU') p.push(`country value ${f.value}`);
  } else if (f.type === 'company') {
    if (typeof f.value !== 'string' || !f.value.trim()) p.push('company value');
  } else if (TYPES.has(f.type)) {
    const nums = f.range ? [f.range.min, f.range.max] : [f.value];
    if (!nums.every((n) => typeof n === 'number' && Number.isFinite(n))) p.push(`${f.type} value ${JSON.stringify(f.value ?? f.range)}`);
    if (f.type === 'tonnage' && f.unit !== 't') p.push('tonnage unit must be t');
    if (f.type === 'percentage' && f.unit !== '%' && f.unit !== 'pp') p.push('percentage unit must be % or pp');
    if (f.type === 'money' && !/^[A-Z]{3}$/.test(f.unit ?? '')) p.push('money unit must be an ISO currency');
  }
  return p;
}

let failed = 0;
for (const file of process.argv.slice(2)) {
  const work = JSON.parse(readFileSync(file, 'utf8'));
  const body = truth[work.id]?.articleBody;
  if (!body) { console.error(`${file}: unknown id ${work.id}`); failed++; continue; }
  const facts = [];
  for (const [i, f] of (work.facts ?? []).entries()) {
    const problems = problemsOf(f);
    let start = -1;
    if (typeof f.text === 'string' && f.text) {
      start = body.indexOf(f.text);
      for (let n = 0; n < (f.nth ?? 0) && start >= 0; n++) start = body.indexOf(f.text, start + 1);
      if (start < 0) problems.push(`text ${JSON.stringify(f.text)} (occurrence ${f.nth ?? 0}) not in body`);
    }
    if (problems.length) { console.error(`${file} fact ${i}: ${problems.join('; ')}`); failed++; continue; }
    const { text, nth, ...rest } = f;
    facts.push({ ...rest, start, end: start + text.length });
  }
  facts.sort((a, b) => a.start - b.start || a.type.localeCompare(b.type));
  const dupes = facts.filter((f, i) => i > 0 && facts[i - 1].start === f.start && facts[i - 1].type === f.type && facts[i - 1].end === f.end);
  if (dupes.length) { console.error(`${file}: ${dupes.length} facts annotated twice at the same place`); failed++; }
  const out = {
    id: work.id,
    site: split[work.id]?.site,
    split: split[work.id]?.split,
    published: work.published ?? null,
    publishedFrom: work.publishedFrom ?? null,
    annotator: work.annotator ?? null,
    facts,
  };
  mkdirSync('fixtures/facts-gold', { recursive: true });
  writeFileSync(join('fixtures/facts-gold', `${work.id}.json`), JSON.stringify(out, null, 1) + '\n');
  console.log(`${work.id}: ${facts.length} facts`);
}
if (failed) { console.error(`${failed} problems; fix the working file and run again`); process.exit(1); }
