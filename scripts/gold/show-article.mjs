// Prints one benchmark article's annotated body (the text gold offsets point into) and the date
// hints its page carries, for a person or helper writing gold facts by FACT-CONVENTIONS.md.
// Usage: node scripts/gold/show-article.mjs ID
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';

const benchDir = process.env.NEWSFACTS_BENCH_DIR ?? '../shared/bench';
const id = process.argv[2];
if (!id) throw new Error('usage: show-article.mjs ID');
const truth = JSON.parse(readFileSync(join(benchDir, 'article-extraction', 'ground-truth.json'), 'utf8'));
const entry = truth[id];
if (!entry) throw new Error(`no benchmark page ${id}`);
const html = gunzipSync(readFileSync(join(benchDir, 'article-extraction', 'html', `${id}.html.gz`))).toString('utf8');

// Date hints: meta tags, <time> elements, JSON-LD date fields and the title; the annotator decides.
const hints = new Set();
for (const m of html.matchAll(/<meta[^>]+>/gi)) if (/date|time|published|modified/i.test(m[0])) hints.add(m[0].slice(0, 240));
for (const m of html.matchAll(/<time[^>]*>[^<]{0,80}/gi)) hints.add(m[0].slice(0, 240));
for (const m of html.matchAll(/"date(Published|Created|Modified)"\s*:\s*"[^"]{0,40}"/g)) hints.add(m[0]);
const title = html.match(/<title[^>]*>([^<]{0,300})/i)?.[1] ?? '';
console.log(`# ${id}\nurl: ${entry.url}\ntitle: ${title.trim()}\ndate hints:\n${[...hints].slice(0, 12).map((h) => '  ' + h).join('\n') || '  (none)'}\n\n--- body (gold offsets point into this text) ---\n${entry.articleBody}`);
