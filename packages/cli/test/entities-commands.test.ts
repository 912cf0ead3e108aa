import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDb, saveArticleResult } from '@newsfacts/store';
import { buildArticleResult } from '@newsfacts/worker-extract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const main = join(root, 'packages/cli/src/main.ts');
const run = promisify(execFile);
// Each case starts the real program several times in child processes: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

let dir: string;
let dbPath: string;

async function newsfacts(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, env: { ...process.env, NEWSFACTS_DB: dbPath, NEWSFACTS_LOG_LEVEL: 'silent' } });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

// Three stories written for this test, naming one company three ways.
const PAGES = [
  ['kestrel-plant', 'Kestrel Magnetics Pty Ltd (ASX: KMG) said on Monday that it produced 1,200 tonnes of magnets in 2025. The company plans a second line.'],
  ['kestrel-output', 'Kestrel Magnetics shipped 900 tonnes of magnets in 2024. Investors welcomed the plan.'],
  ['kmg-shares', 'Shares of KMG rose after it shipped 700 tonnes of magnets in 2023. Analysts welcomed the update.'],
] as const;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-entities-'));
  dbPath = join(dir, 'facts.db');
  const store = await openDb(dbPath);
  for (const [slug, body] of PAGES) {
    const url = `http://site.test/${slug}`;
    const html = `<html><head><title>${slug}</title><meta property="article:published_time" content="2026-01-10T08:00:00Z"></head><body><article><h1>${slug}</h1><p>${body}</p><p>${body}</p></article></body></html>`;
    const payload = { url, finalUrl: url, feedId: null, guid: null, itemTitle: slug, itemPublished: '2026-01-10T08:00:00Z', pageBlob: 'b', pageHash: 'h', fetch: { status: 200, bytes: html.length, ms: 5, fetchedAt: '2026-01-10T09:00:00Z' } };
    await saveArticleResult(store.db, buildArticleResult(payload, html), { reviewThreshold: 0.5 });
  }
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface EntityRow {
  id: number;
  name: string;
  kind: string;
  aliases: string[];
  article_count: number;
  fact_count: number;
}

const entities = async (...args: string[]) => JSON.parse((await newsfacts('entities', '--format', 'json', ...args)).stdout) as EntityRow[];

describe('newsfacts entities', () => {
  it('lists one company for the forms the articles use, with aliases and counts', async () => {
    const rows = await entities('--search', 'kestrel');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Kestrel Magnetics', kind: 'company', article_count: 3 });
    expect(rows[0]!.aliases).toEqual(expect.arrayContaining(['KMG', 'Kestrel Magnetics Pty Ltd']));
    expect(rows[0]!.fact_count).toBeGreaterThanOrEqual(6);
  });

  it('facts --company and series match any alias; company facts carry entity_id', async () => {
    const [kestrel] = await entities('--search', 'kestrel');
    const facts = JSON.parse((await newsfacts('facts', '--company', 'KMG', '--type', 'company', '--format', 'json')).stdout) as { entity_id: number | null; text: string }[];
    expect(facts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(facts.map((f) => f.entity_id))).toEqual(new Set([kestrel!.id]));
    const series = JSON.parse((await newsfacts('series', '--type', 'tonnage', '--company', 'Kestrel Magnetics Pty Ltd', '--by', 'year', '--format', 'json')).stdout) as { period: string; value: number }[];
    expect(series.map((p) => [p.period, p.value])).toEqual([['2023', 700], ['2024', 900], ['2025', 1200]]);
  });

  it('rename, split and merge through the CLI, audited and regrouping facts', async () => {
    const [kestrel] = await entities('--search', 'kestrel');
    const renamed = await newsfacts('entities', 'rename', String(kestrel!.id), 'Kestrel Magnetics Limited', '--reason', 'registered name', '--reviewer', 'rita');
    expect(renamed.code).toBe(0);
    expect((await entities('--search', 'kestrel'))[0]!.name).toBe('Kestrel Magnetics Limited');

    const split = await newsfacts('entities', 'split', String(kestrel!.id), 'KMG', '--name', 'KMG Holdings');
    expect(split.stdout).toMatch(/facts moved/);
    const kmg = (await entities('--search', 'KMG Holdings'))[0]!;
    // The facts written "KMG": the ticker in the first story and the name in the third.
    expect(kmg.article_count).toBe(2);
    expect((await entities('--search', 'Kestrel Magnetics Limited'))[0]!.article_count).toBe(2);

    const merged = await newsfacts('entities', 'merge', String(kmg.id), String(kestrel!.id));
    expect(merged.code).toBe(0);
    expect((await entities('--search', 'kestrel'))[0]!.article_count).toBe(3);
    expect(await entities('--search', 'KMG Holdings')).toEqual([expect.objectContaining({ id: kestrel!.id })]);
  });

  it('refuses bad decisions and bad files with a clear message, changing nothing', async () => {
    const before = await entities();
    const bad = await newsfacts('entities', 'merge', '999', '998');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no entity #999/);
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'name,ids\nOne,lei:nope\n');
    const imported = await newsfacts('entities', 'import', file);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/line 2: "nope" is not an LEI/);
    expect(await entities()).toEqual(before);
  });

  it('imports the sample knowledge base and relinks', async () => {
    const r = await newsfacts('entities', 'import', join(root, 'fixtures/entities/critical-minerals.csv'));
    expect(r.stdout).toMatch(/imported 40 entities/);
    expect(r.stdout).toMatch(/relinked \d+ company facts in 3 articles/);
    expect((await entities('--search', 'LYC'))[0]).toMatchObject({ name: 'Lynas Rare Earths' });
    const unresolved = await newsfacts('entities', 'unresolved', '--format', 'json');
    expect(Array.isArray(JSON.parse(unresolved.stdout))).toBe(true);
  });

  it('imports Wikidata entity JSON with each ticker on its stock exchange (P414)', async () => {
    const r = await newsfacts('entities', 'import', join(root, 'fixtures/entities/wikidata-sample.json'));
    expect(r.code).toBe(0);
    // Three companies; the exchange item the file describes is not one of them.
    expect(r.stdout).toMatch(/imported 3 entities/);
    // The company the articles name (its name may be a reviewer's by now, and stands) gains the ids.
    const [kestrel] = (await entities('--search', 'Kestrel Magnetics Pty Ltd')) as (EntityRow & Record<string, unknown>)[];
    expect(kestrel).toMatchObject({ qid: 'Q90000001', ticker: 'KMG', exchange: 'ASX' });
    expect((await entities('--search', 'Australian Securities Exchange')).length).toBe(0);
  });
});
