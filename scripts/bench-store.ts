// pnpm bench:store — the fact store at scale: insert rate (saveArticleResult vs raw better-sqlite3
// prepared statements, same data, same run), filtered and full-text query latency, and a full CSV
// export's peak RSS at two sizes. Synthetic data from a seeded generator (no network, no /work/shared).
// Options: --facts N (default 1,000,000), --articles N (default facts/20), --runs N (per query, default 40),
//          --keep DIR (keep the databases there), --reuse (with --keep: query and export the store an
//          earlier --keep run left in DIR, after bringing its schema up to date; no insert figures).
//          Env: BENCH_STORE_FACTS, BENCH_STORE_ARTICLES.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { ArticleResult, Fact } from '../packages/core/src/index.ts';
import { conflictingGroups, type FactQuery, groupSpec, iterateFacts, keyFacts, metricWords, openDb, queryFacts, queryGroups, querySeries, saveArticleResult, type Store } from '../packages/store/src/index.ts';
import { writeRecords } from '../packages/cli/src/output/write-records.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};

// Child mode: export facts as CSV to /dev/null and report rows and peak RSS (MB) as JSON.
if (args[0] === '--export-child') {
  const [, path, cursor] = args;
  const store = await openDb(path!, { readonly: true });
  let rows = 0;
  const counted = (async function* () {
    for await (const f of iterateFacts(store, { status: 'all' }, { cursor: cursor || null })) {
      rows++;
      yield f;
    }
  })();
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream('/dev/null');
  const t0 = performance.now();
  const { FACT_COLUMNS } = await import('../packages/store/src/index.ts');
  await writeRecords(counted, 'csv', FACT_COLUMNS, out);
  await new Promise((r) => out.end(r));
  process.stdout.write(JSON.stringify({ rows, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  await store.close();
  process.exit(0);
}

const totalFacts = arg('--facts', Number(process.env.BENCH_STORE_FACTS ?? 1_000_000));
const totalArticles = arg('--articles', Number(process.env.BENCH_STORE_ARTICLES ?? Math.max(1, Math.round(totalFacts / 20))));
const runs = arg('--runs', 40);
// The raw baseline writes the first N articles into a database of its own; saveArticleResult is
// timed over the same N articles (same rows, same database size) before it fills the rest.
const baselineArticles = Math.min(totalArticles, arg('--baseline-articles', 5000));
const keepIdx = args.indexOf('--keep');
const dir = keepIdx >= 0 ? args[keepIdx + 1]! : mkdtempSync(join(tmpdir(), 'newsfacts-bench-store-'));
const reuse = args.includes('--reuse');
if (reuse && (keepIdx < 0 || !existsSync(join(dir, 'store.db')))) {
  process.stderr.write('--reuse needs --keep DIR with the store.db of an earlier --keep run\n');
  process.exit(2);
}
const factsPerArticle = totalFacts / totalArticles;

// ---- deterministic synthetic corpus -------------------------------------------------------------
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s / 2 ** 32);
}
const COUNTRIES = ['CN', 'US', 'JP', 'DE', 'AU', 'MY', 'KR', 'IN', 'BR', 'CA', 'FR', 'GB', 'VN', 'MM', 'ZA', 'CL', 'ID', 'RU', 'TH', 'MX'];
const COMPANIES = ['Lynas Rare Earths', 'MP Materials', 'China Northern Rare Earth', 'Iluka Resources', 'Neo Performance Materials', 'Shenghe Resources', 'Energy Fuels', 'Arafura Rare Earths', 'JL Mag', 'Solvay'];
const METRICS = ['magnet exports', 'rare-earth exports', 'gallium exports', 'oxide output', 'imports', 'shipments', 'production', 'graphite exports'];
const WORDS = ['magnet', 'exports', 'rare', 'earth', 'gallium', 'germanium', 'antimony', 'licence', 'curbs', 'customs', 'tonnes', 'shipments', 'controls', 'prices', 'supply', 'refinery'];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const periodOf = (r: () => number) => `${2023 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`;

function makeArticle(i: number): ArticleResult {
  const r = rng(i * 7919 + 17);
  const url = `https://outlet-${i % 40}.example/news/${i}`;
  const n = Math.floor(factsPerArticle * (i + 1)) - Math.floor(factsPerArticle * i);
  const facts: Fact[] = [];
  for (let k = 0; k < n; k++) {
    const type = pick(r, ['tonnage', 'tonnage', 'percentage', 'money', 'date', 'company', 'country'] as const);
    const sentence = `${Array.from({ length: 12 }, () => pick(r, WORDS)).join(' ')} number ${k} in article ${i}.`;
    const subject = pick(r, COUNTRIES);
    const measurement = { metric: pick(r, METRICS), subject, partner: r() < 0.5 ? pick(r, COUNTRIES) : null, period: periodOf(r) };
    const base = { qualifier: null, direction: null, kind: null, range: null, text: `v${k}`, sentence, start: 0, end: 2, confidence: 0.5 + r() * 0.5, reasons: [], extractorVersion: 'bench-1' };
    // Values from a small set so that outlets corroborate (and contradict) each other.
    if (type === 'tonnage') facts.push({ ...base, type, value: Math.round(r() * 200) * 5 + (r() < 0.1 ? 0.5 : 0), unit: 't', measurement });
    else if (type === 'percentage') facts.push({ ...base, type, value: Math.round(r() * 1000) / 10, unit: '%', kind: 'change', direction: r() < 0.5 ? 'up' : 'down', measurement });
    else if (type === 'money') facts.push({ ...base, type, value: Math.round(r() * 100) * 1e6, unit: 'USD', measurement });
    else if (type === 'date') facts.push({ ...base, type, value: measurement.period, unit: null, measurement: null });
    else if (type === 'company') {
      const name = pick(r, COMPANIES);
      facts.push({ ...base, type, value: name, text: name, unit: null, measurement: null });
    } else facts.push({ ...base, type, value: subject, text: subject, unit: null, measurement: null });
  }
  const published = `${2023 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}T08:00:00Z`;
  const title = Array.from({ length: 7 }, () => pick(r, WORDS)).join(' ');
  const body = facts.map((f) => f.sentence).join('\n');
  const fetch = { url, kind: 'article' as const, feedId: null, status: 200, bytes: 5000, ms: 40, fromCache: false, error: null, fetchedAt: published };
  return {
    url, finalUrl: url, canonicalUrl: url, feedId: null, guid: null, itemTitle: title, itemPublished: published, fetch,
    html: `<html><head><title>${title}</title></head><body><article>${body}</article></body></html>`,
    doc: { url, title, published, canonicalUrl: url, lang: 'en', bodyText: body, blocks: [], captions: [], isArticle: true, notArticleReason: null, boilerplateVersion: 'bp-bench',
      metadata: { title: null, published: null, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null } },
    facts, extractorVersion: 'bp-bench+bench-1',
  };
}

// ---- raw baseline: the same rows (articles, facts, entities, groups) with hand-written prepared statements
function rawWriter(store: Store) {
  const s = store.sqlite;
  const fetchIns = s.prepare('INSERT INTO fetches (url, kind, feed_id, status, bytes, ms, from_cache, error, fetched_at) VALUES (?,?,?,?,?,?,?,?,?)');
  const artIns = s.prepare(`INSERT INTO articles (url, canonical_url, feed_id, title, published, published_source, lang, body_text, content_hash, html_gz, html_hash, is_article,
    captions_json, metadata_json, extractor_version, boilerplate_version, fetched_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,'[]','{}',?,?,?,?,?)`);
  const factIns = s.prepare(`INSERT INTO facts (article_id, fact_key, type, value_num, value_text, unit, qualifier, direction, kind, metric, subject, partner, period, text, sentence,
    start, "end", confidence, reasons_json, status, extractor_version, group_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const entIns = s.prepare('INSERT OR IGNORE INTO entities (type, canonical) VALUES (?, ?)');
  const entSel = s.prepare('SELECT id FROM entities WHERE type = ? AND canonical = ?');
  const linkIns = s.prepare('INSERT OR IGNORE INTO fact_entities (fact_id, entity_id, role) VALUES (?, ?, ?)');
  const grpIns = s.prepare(`INSERT OR IGNORE INTO fact_groups (group_key, conflict_key, type, value_num, unit, kind, direction, period, subject, partner, source_count, conflict, fact_count, updated_at)
    VALUES (?,?,?,?,?,?,?,?,?,?,0,0,0,?)`);
  const grpSel = s.prepare('SELECT id, conflict_key FROM fact_groups WHERE group_key = ?');
  const grpCount = s.prepare(`UPDATE fact_groups SET
    source_count = (SELECT count(DISTINCT article_id) FROM facts WHERE group_id = fact_groups.id AND status IN ('pending','auto-accepted','approved')),
    fact_count = (SELECT count(*) FROM facts WHERE group_id = fact_groups.id AND status IN ('pending','auto-accepted','approved')), updated_at = ? WHERE id = ?`);
  const bucketSel = s.prepare(`SELECT g.id, g.value_num, g.source_count, g.conflict, f.metric FROM fact_groups g
    LEFT JOIN facts f ON f.group_id = g.id AND f.status IN ('pending','auto-accepted','approved') WHERE g.conflict_key = ?`);
  const setConflict = s.prepare('UPDATE fact_groups SET conflict = ? WHERE id = ?');
  const sha = (x: string) => createHash('sha256').update(x).digest('hex');
  const entity = (type: string, canonical: string): number => {
    entIns.run(type, canonical);
    return (entSel.get(type, canonical) as { id: number }).id;
  };
  return s.transaction((a: ArticleResult) => {
    const now = new Date().toISOString();
    fetchIns.run(a.fetch.url, 'article', null, 200, a.fetch.bytes, a.fetch.ms, 0, null, a.fetch.fetchedAt);
    const articleId = Number(artIns.run(a.finalUrl, a.canonicalUrl, null, a.doc.title, a.doc.published, 'meta', 'en', a.doc.bodyText, sha(a.doc.bodyText), gzipSync(a.html), sha(a.html),
      a.extractorVersion, 'bp-bench', a.fetch.fetchedAt, now, now).lastInsertRowid);
    const groups = new Map<number, string>();
    for (const { fact: f, key } of keyFacts(a.facts)) {
      const num = typeof f.value === 'number';
      const m = f.measurement;
      const spec = groupSpec({ type: f.type, value_num: num ? (f.value as number) : null, unit: f.unit, kind: f.kind, direction: f.direction, period: m?.period ?? null, subject: m?.subject ?? null, partner: m?.partner ?? null });
      let groupId: number | null = null;
      if (spec) {
        grpIns.run(spec.group_key, spec.conflict_key, spec.type, spec.value_num, spec.unit, spec.kind, spec.direction, spec.period, spec.subject, spec.partner, now);
        const g = grpSel.get(spec.group_key) as { id: number; conflict_key: string };
        groupId = g.id;
        groups.set(g.id, g.conflict_key);
      }
      const id = Number(factIns.run(articleId, key, f.type, num ? f.value : null, num ? null : f.value, f.unit, f.qualifier, f.direction, f.kind, m?.metric ?? null, m?.subject ?? null,
        m?.partner ?? null, m?.period ?? null, f.text, f.sentence, f.start, f.end, f.confidence, '[]', f.confidence >= 0.8 ? 'auto-accepted' : 'pending', f.extractorVersion, groupId, now).lastInsertRowid);
      if (f.type === 'company' || f.type === 'country') linkIns.run(id, entity(f.type, String(f.value)), 'mention');
      if (m?.subject) linkIns.run(id, entity('country', m.subject), 'subject');
      if (m?.partner) linkIns.run(id, entity('country', m.partner), 'partner');
    }
    for (const id of groups.keys()) grpCount.run(now, id);
    for (const key of new Set(groups.values())) {
      if (!key) continue;
      const rows = bucketSel.all(key) as { id: number; value_num: number; source_count: number; conflict: number; metric: string | null }[];
      const byId = new Map<number, { id: number; value_num: number; metric: Set<string>; was: number; live: boolean }>();
      for (const r of rows) {
        const c = byId.get(r.id) ?? { id: r.id, value_num: r.value_num, metric: new Set<string>(), was: r.conflict, live: r.source_count > 0 };
        for (const w of metricWords(r.metric)) c.metric.add(w);
        byId.set(r.id, c);
      }
      const on = conflictingGroups([...byId.values()].filter((c) => c.live));
      for (const c of byId.values()) if ((on.has(c.id) ? 1 : 0) !== c.was) setConflict.run(on.has(c.id) ? 1 : 0, c.id);
    }
  });
}

// ---- measurements --------------------------------------------------------------------------------
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function timeInsert(label: string, path: string, articles: number, write: (store: Store, a: ArticleResult) => Promise<unknown> | unknown) {
  const store = await openDb(path);
  const t0 = performance.now();
  let facts = 0;
  let firstRate = 0;
  for (let i = 0; i < articles; i++) {
    const a = makeArticle(i);
    facts += a.facts.length;
    await write(store, a);
    if (i + 1 === baselineArticles) firstRate = facts / ((performance.now() - t0) / 1000);
    if (i % 5000 === 4999) process.stderr.write(`  ${label}: ${i + 1}/${articles} articles\n`);
  }
  const s = (performance.now() - t0) / 1000;
  process.stderr.write(`  ${label}: ${facts} facts in ${fmt(s)} s\n`);
  return { factsPerS: facts / s, firstRate, store };
}

async function latency(fn: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(0);
  const times: number[] = [];
  for (let i = 1; i <= runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

function exportChild(path: string, cursor: string): { rows: number; ms: number; maxRssMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--export-child', path, cursor], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { rows: number; ms: number; maxRssMb: number };
}

process.stderr.write(`bench:store — ${reuse ? 'reusing the store' : `${totalFacts} facts over ${totalArticles} articles`} in ${dir}\n`);
let inserts: { raw: { firstRate: number }; real: { firstRate: number; factsPerS: number } } | null = null;
if (!reuse) {
  let writeRaw: ((a: ArticleResult) => void) | null = null;
  const raw = await timeInsert('raw prepared statements', join(dir, 'raw.db'), baselineArticles, (store, a) => (writeRaw ??= rawWriter(store))(a));
  await raw.store.close();
  const real = await timeInsert('saveArticleResult', join(dir, 'store.db'), totalArticles, (store, a) => saveArticleResult(store.db, a, { reviewThreshold: 0.8 }));
  // Closing a writer refreshes the planner statistics (PRAGMA optimize), as every CLI run and worker does.
  await real.store.close();
  inserts = { raw, real };
}
// A writer: a reused store gets any newer migrations (e.g. indexes) before it is queried.
const store = await openDb(join(dir, 'store.db'));

const queries: [string, (i: number) => FactQuery | null, 'facts' | 'groups' | 'series'][] = [
  ['type + country', (i) => ({ type: 'tonnage', country: COUNTRIES[i % COUNTRIES.length] }), 'facts'],
  ['type + period range', (i) => ({ type: 'tonnage', from: `${2023 + (i % 3)}-0${1 + (i % 9)}`, to: `${2023 + (i % 3)}-0${1 + (i % 9)}` }), 'facts'],
  ['company', (i) => ({ company: COMPANIES[i % COMPANIES.length] }), 'facts'],
  ['min/max value', (i) => ({ type: 'tonnage', min: 100 + i, max: 120 + i }), 'facts'],
  ['published range', (i) => ({ publishedFrom: `2024-0${1 + (i % 9)}-01`, publishedTo: `2024-0${1 + (i % 9)}-07` }), 'facts'],
  ['status pending', () => ({ status: 'pending' }), 'facts'],
  ['groups (tonnage, country)', (i) => ({ type: 'tonnage', country: COUNTRIES[i % COUNTRIES.length] }), 'groups'],
  ['full text (1 word)', (i) => ({ search: WORDS[i % WORDS.length] }), 'facts'],
  ['full text (2 words) + type', (i) => ({ search: `${WORDS[i % WORDS.length]} ${WORDS[(i + 3) % WORDS.length]}`, type: 'tonnage' }), 'facts'],
  ['series by month (type+country+metric words)', (i) => ({ type: 'tonnage', country: COUNTRIES[i % COUNTRIES.length], search: 'magnet exports' }), 'series'],
];
const results: { name: string; p50: number; p95: number }[] = [];
for (const [name, make, kind] of queries) {
  const r = await latency(async (i) => {
    const q = make(i)!;
    if (kind === 'groups') return queryGroups(store.db, q, { limit: 100 });
    if (kind === 'series') return querySeries(store.db, q, 'month');
    return queryFacts(store.db, q, { limit: 100 });
  });
  results.push({ name, ...r });
}
const factCount = (store.sqlite.prepare('SELECT count(*) n, max(id) m FROM facts').get() as { n: number; m: number });
const articleCount = (store.sqlite.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n;
const groupCount = (store.sqlite.prepare('SELECT count(*) n, sum(conflict) c FROM fact_groups').get() as { n: number; c: number });
await store.close();
const half = exportChild(join(dir, 'store.db'), Buffer.from(`f.${Math.floor(factCount.m / 2)}`).toString('base64url'));
const full = exportChild(join(dir, 'store.db'), '');

const lines = [
  '',
  `| measure | value | target |`,
  `|---|---|---|`,
  `| facts / articles | ${factCount.n.toLocaleString('en-US')} / ${articleCount.toLocaleString('en-US')} (${groupCount.n.toLocaleString('en-US')} groups, ${groupCount.c} in conflict) | 1,000,000 / 50,000 |`,
  ...(inserts
    ? [
        `| insert, first ${baselineArticles.toLocaleString('en-US')} articles: raw prepared statements (same rows incl. entities, FTS, groups) | ${fmt(inserts.raw.firstRate, 0)} facts/s | |`,
        `| insert, first ${baselineArticles.toLocaleString('en-US')} articles: saveArticleResult | ${fmt(inserts.real.firstRate, 0)} facts/s = ${fmt((100 * inserts.real.firstRate) / inserts.raw.firstRate)}% of raw | >= 80% |`,
        `| insert, whole store: saveArticleResult, one transaction per article | ${fmt(inserts.real.factsPerS, 0)} facts/s | |`,
      ]
    : ['| insert | not measured (--reuse) | |']),
  ...results.map((r) => `| query: ${r.name} (first 100) | p50 ${fmt(r.p50)} ms, p95 ${fmt(r.p95)} ms | ${r.name.startsWith('full text') || r.name.startsWith('series') ? 'reported' : 'p95 < 50 ms'} |`),
  `| CSV export, ${half.rows.toLocaleString('en-US')} rows | ${fmt(half.ms / 1000)} s, peak RSS ${fmt(half.maxRssMb, 0)} MB | |`,
  `| CSV export, ${full.rows.toLocaleString('en-US')} rows | ${fmt(full.ms / 1000)} s, peak RSS ${fmt(full.maxRssMb, 0)} MB | flat in rows |`,
  `| database file | ${fmt(statSync(join(dir, 'store.db')).size / 1e6, 0)} MB | |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (keepIdx < 0) rmSync(dir, { recursive: true, force: true });
