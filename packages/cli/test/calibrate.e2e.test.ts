import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { thresholdForPrecision } from '@newsfacts/core';
import { extractFacts } from '@newsfacts/extract';
import { asServerDb, decide } from '@newsfacts/server';
import { latestFit, openDb, saveArticleResult, type Store } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleResult } from '../../server/test/helpers/seed.ts';
import type { RefitReport } from '../src/calibration/refit-from-reviews.ts';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const main = join(root, 'packages/cli/src/main.ts');
const run = promisify(execFile);
vi.setConfig({ testTimeout: 120_000 });

const PUBLISHED = '2025-06-12';
const COUNTRIES = ['Germany', 'Japan', 'Brazil', 'Canada', 'India', 'Mexico'];

/** A short trade story of our own: a company, countries, a percentage, money and dates. */
function story(i: number): string[] {
  const from = COUNTRIES[i % COUNTRIES.length]!;
  const to = COUNTRIES[(i + 2) % COUNTRIES.length]!;
  return [
    `Harbor Valve Industries Inc. said on Tuesday that shipments from ${from} to ${to} rose ${10 + i}% in May.`,
    `The company expects revenue of $${20 + i} million in 2025, after ${to} cut tariffs last week.`,
    `Analysts in ${from} said demand held up through April.`,
  ];
}

async function saveStory(store: Store, i: number): Promise<void> {
  const paragraphs = story(i);
  const result = articleResult({ url: `https://trade.example/story-${i}`, title: `Valve trade ${i}`, paragraphs, facts: [], published: PUBLISHED });
  const facts = extractFacts({ text: paragraphs.join('\n\n'), published: PUBLISHED });
  // every fact waits for a reviewer, as a new operator's first batch would
  await saveArticleResult(store.db, { ...result, facts }, { reviewThreshold: 1 });
}

async function newsfacts(dbPath: string, args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], {
      cwd: root,
      env: { ...process.env, NEWSFACTS_DB: dbPath, NEWSFACTS_LOG_LEVEL: 'silent', ...env },
      maxBuffer: 16 << 20,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-calibrate-'));
  dbPath = join(dir, 'facts.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsfacts calibrate', () => {
  it('learns from reviewer decisions: the refit moves confidences and raises auto-accept precision', async () => {
    let store = await openDb(dbPath);
    for (let i = 0; i < 12; i++) await saveStory(store, i);
    const before = await store.db.selectFrom('facts').select(['id', 'type', 'confidence', 'raw_confidence', 'cues_json']).execute();
    expect(before.length).toBeGreaterThan(60);
    expect(before.every((f) => f.raw_confidence !== null && f.cues_json !== null)).toBe(true);
    const dates = before.filter((f) => f.type === 'date');
    expect(dates.length).toBeGreaterThan(10);
    // this operator's reviewers find every date wrong and everything else right
    for (const f of before) await decide(asServerDb(store.db), 'rita', f.id, f.type === 'date' ? { action: 'reject' } : { action: 'approve', group: false });
    await store.close();

    const out = await newsfacts(dbPath, ['calibrate', '--rescore', '--json'], { NEWSFACTS_REVIEW_THRESHOLD: '0.8' });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as RefitReport;
    expect(report.labelled).toBe(before.length);
    expect(report.wrong).toBe(dates.length);
    expect(report.stored).toBe(true);
    // as stored, dates sat at or above 0.8 beside right facts; after the refit they fall below it
    expect(report.before.acceptedPrecision).toBeLessThan(0.9);
    expect(report.after.acceptedPrecision).toBeGreaterThan(report.before.acceptedPrecision);
    expect(report.after.acceptedPrecision).toBeGreaterThan(0.95);

    store = await openDb(dbPath);
    const after = new Map((await store.db.selectFrom('facts').select(['id', 'confidence', 'status']).execute()).map((f) => [f.id, f]));
    for (const d of dates) {
      expect(after.get(d.id)!.confidence).toBeLessThan(d.confidence);
      expect(after.get(d.id)!.status).toBe('rejected');
    }
    expect((await latestFit(store.db))?.version).toBe(report.version);

    // a new article is scored with the stored fit, not the shipped one
    const shipped = extractFacts({ text: story(20).join('\n\n'), published: PUBLISHED });
    await saveStory(store, 20);
    const fresh = await store.db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id').select(['facts.type', 'facts.confidence', 'facts.start']).where('articles.url', '=', 'https://trade.example/story-20').execute();
    const shippedDate = shipped.find((f) => f.type === 'date')!;
    const storedDate = fresh.find((f) => f.type === 'date' && f.start === shippedDate.start)!;
    expect(storedDate.confidence).toBeLessThan(shippedDate.confidence);
    const fit = (await latestFit(store.db))!;
    await store.close();

    // a target precision picks the threshold from the fit; a dry run stores nothing
    const dry = await newsfacts(dbPath, ['calibrate', '--dry-run', '--json'], { NEWSFACTS_AUTO_ACCEPT_PRECISION: '0.98' });
    expect(dry.code).toBe(0);
    const dryReport = JSON.parse(dry.stdout) as RefitReport;
    expect(dryReport.target).toBe(0.98);
    expect(dryReport.stored).toBe(false);
    expect(dryReport.thresholdBefore).toBe(thresholdForPrecision(fit, 0.98));
    // the threshold rests on labelled evidence: its lower bound meets the target, or nothing is auto-accepted
    if (dryReport.threshold < 1) expect(dryReport.expected!.precisionLow).toBeGreaterThanOrEqual(0.98);
    else expect(dryReport.expected).toBeNull();
    store = await openDb(dbPath);
    expect((await latestFit(store.db))?.version).toBe(report.version);
    await store.close();

    const text = await newsfacts(dbPath, ['calibrate', '--dry-run']);
    expect(text.stdout).toMatch(/confidence +facts +mean conf +observed right/);
    expect(text.stdout).toMatch(/ECE \d\.\d{3}/);
    expect(text.stdout).toContain('dry run: nothing stored');
    // the operator sees the trade-off between precision and review share
    expect(text.stdout).toMatch(/threshold +precision +lower bound +review share/);
  });
});
