import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Fact } from '@newsfacts/core';
import { openDb, queryFacts, saveArticleResult, type Store } from '@newsfacts/store';
import { buildArticleResult } from '@newsfacts/worker-extract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedCorpus } from '../../store/test/query-fixtures.ts';
import { FIXTURE_SITE_DIR } from '../src/index.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const main = join(root, 'packages/cli/src/main.ts');
const run = promisify(execFile);
// Each case starts the real program in a child process (tsx compiles on the fly): slow on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

let dir: string;
let dbPath: string;

/** Runs the real `newsfacts` program in a child process against the temp store. */
async function newsfacts(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return newsfactsOn(dbPath, args);
}

async function newsfactsOn(db: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: root,
      env: { ...process.env, NEWSFACTS_DB: db, NEWSFACTS_LOG_LEVEL: 'silent' },
      maxBuffer: 16 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-query-'));
  dbPath = join(dir, 'facts.db');
  const store = await openDb(dbPath);
  await seedCorpus(store);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsfacts facts', () => {
  it('filters and writes CSV with the documented columns first', async () => {
    const { stdout, code } = await newsfacts('facts', '--type', 'tonnage', '--country', 'CN', '--from', '2025-09', '--to', '2025-09', '--format', 'csv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]?.startsWith('id,article_id,article_url,type,value,unit,text,sentence,start,end,confidence,status,source_link,qualifier,direction')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[4])).toEqual(['420.5', '421', '420.5', '4000']);
  });

  it('streams NDJSON with --search, --published-from and --limit', async () => {
    const { stdout } = await newsfacts('facts', '--search', 'magnet exports', '--published-from', '2025-10-21', '--format', 'ndjson', '--limit', '2');
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { value: unknown; article_url: string });
    expect(rows.map((r) => r.value)).toEqual([421, 28.7]);
    expect(rows[0]?.article_url).toBe('https://outlet-b.example/magnet-shipments-drop');
  });

  it('--group gives one row per corroborated figure with its source count and conflict', async () => {
    const { stdout } = await newsfacts('facts', '--group', '--type', 'tonnage', '--country', 'US', '--format', 'json');
    const groups = JSON.parse(stdout) as { value: number; source_count: number; conflict: boolean; sources: unknown[] }[];
    expect(groups.map((g) => [g.value, g.source_count, g.conflict])).toEqual([
      [420.5, 2, true],
      [421, 1, true],
      [5000, 1, false],
    ]);
    expect(groups[0]?.sources).toHaveLength(2);
  });

  it('rejects a bad filter with a usage error', async () => {
    const { stderr, code } = await newsfacts('facts', '--from', 'yesterday');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--from: a date or period/);
  });
});

describe('newsfacts series', () => {
  it('gives one value per month with sources and conflicts', async () => {
    const { stdout, code } = await newsfacts('series', '--type', 'tonnage', '--country', 'CN', '--search', 'magnet exports', '--by', 'month', '--format', 'json');
    expect(code).toBe(0);
    const points = JSON.parse(stdout) as { period: string; value: number; sources: number; conflict: boolean; alternatives: { value: number }[] }[];
    expect(points.map((p) => [p.period, p.value, p.sources, p.conflict])).toEqual([
      ['2025-08', 5000, 1, false],
      ['2025-09', 420.5, 2, true],
    ]);
    expect(points[1]?.alternatives.map((a) => a.value)).toEqual([421, 4000]);
  });
});

describe('newsfacts reextract', () => {
  it('re-runs extraction on stored snapshots, keeps reviewer decisions and retires removed facts', async () => {
    const reDir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-reextract-'));
    const path = join(reDir, 'facts.db');
    let store: Store = await openDb(path);
    const slug = 'china-magnet-exports-us-slide-september';
    const url = `http://fixture.test/articles/${slug}.html`;
    const html = readFileSync(join(FIXTURE_SITE_DIR, 'articles', `${slug}.html`), 'utf8').replaceAll('{{BASE_URL}}', 'http://fixture.test');
    const payload = { url, finalUrl: url, feedId: null, guid: null, itemTitle: null, itemPublished: null, pageBlob: 'b', pageHash: 'h', fetch: { status: 200, bytes: html.length, ms: 5, fetchedAt: '2025-10-21T07:00:00Z' } };
    const current = buildArticleResult(payload, html);
    // As an older extractor stored it: one fact the new one no longer finds, and not its last fact.
    const stale: Fact = { type: 'tonnage', value: 9999, unit: 't', qualifier: null, direction: null, kind: null, range: null, measurement: null, text: 'stale', sentence: 'A sentence the old extractor misread.', start: 0, end: 5, confidence: 0.99, reasons: [], extractorVersion: 'old' };
    await saveArticleResult(store.db, { ...current, extractorVersion: 'old-boilerplate+old-extractor', facts: [...current.facts.slice(0, -1), stale] }, { reviewThreshold: 0.8 });
    const before = (await queryFacts(store.db, { status: 'all' }, { limit: 1000 })).rows;
    const approved = before.find((f) => f.text !== 'stale');
    if (approved) await store.db.updateTable('facts').set({ status: 'approved' }).where('id', '=', approved.id).execute();
    await store.close();

    const { stderr, code } = await newsfactsOn(path, ['reextract']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/re-extracted 1 article\(s\) to .+: \d+ fact\(s\) added, 1 retired, 0 failed/);

    store = await openDb(path);
    const after = (await queryFacts(store.db, { status: 'all' }, { limit: 1000 })).rows;
    expect(after.find((f) => f.text === 'stale')?.status).toBe('retired');
    // Every fact the current extractor finds is stored once, and a reviewer's approval carries over.
    expect(after.filter((f) => f.status !== 'retired')).toHaveLength(current.facts.length);
    if (approved) expect(after.find((f) => f.id === approved.id)?.status).toBe('approved');
    const article = await store.db.selectFrom('articles').select('extractor_version').executeTakeFirstOrThrow();
    expect(article.extractor_version).toBe(current.extractorVersion);
    await store.close();

    const again = await newsfactsOn(path, ['reextract']);
    expect(again.stderr).toMatch(/re-extracted 0 article\(s\)/);
    rmSync(reDir, { recursive: true, force: true });
  }, 90_000);

  it('re-extracts in the thread pool: a page the extractor fails on fails alone, the others are done', async () => {
    const reDir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-reextract-pool-'));
    const path = join(reDir, 'facts.db');
    const store = await openDb(path);
    const slugs = ['china-magnet-exports-us-slide-september', 'lynas-heavy-rare-earths-malaysia', 'chinese-magnet-makers-count-cost-of-curbs'];
    for (const slug of slugs) {
      const url = `http://fixture.test/articles/${slug}.html`;
      const html = readFileSync(join(FIXTURE_SITE_DIR, 'articles', `${slug}.html`), 'utf8').replaceAll('{{BASE_URL}}', 'http://fixture.test');
      const payload = { url, finalUrl: url, feedId: null, guid: null, itemTitle: null, itemPublished: null, pageBlob: 'b', pageHash: 'h', fetch: { status: 200, bytes: html.length, ms: 5, fetchedAt: '2025-10-21T07:00:00Z' } };
      await saveArticleResult(store.db, { ...buildArticleResult(payload, html), extractorVersion: 'old-boilerplate+old-extractor' }, { reviewThreshold: 0.8 });
    }
    // A row whose URL an earlier version let through: cleaning it throws inside the pool thread.
    const broken = await store.db.selectFrom('articles').select('id').where('canonical_url', 'like', '%lynas%').executeTakeFirstOrThrow();
    await store.db.updateTable('articles').set({ url: 'not a url' }).where('id', '=', broken.id).execute();
    await store.close();

    const { stderr, code } = await newsfactsOn(path, ['reextract']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/re-extracted 2 article\(s\) to .+: \d+ fact\(s\) added, \d+ retired, 1 failed/);
    expect(stderr).toContain(`article ${broken.id}: extraction failed for not a url`);

    const reopened = await openDb(path);
    const versions = await reopened.db.selectFrom('articles').select(['id', 'extractor_version']).orderBy('id').execute();
    expect(versions.filter((a) => a.extractor_version === 'old-boilerplate+old-extractor').map((a) => a.id)).toEqual([broken.id]);
    await reopened.close();
    rmSync(reDir, { recursive: true, force: true });
  }, 90_000);
});
