import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CalibrationFit } from '@newsfacts/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestFit, openDb, rescoreFacts, reviewLabels, saveArticleResult, saveFit, type Store } from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-calibration-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const fit = (version: string, weights: Record<string, number>): CalibrationFit => ({
  version, source: 'test', intercept: 0, rawWeight: 1, weights, thresholds: [{ threshold: 0.6, precision: 0.9, reviewShare: 0.1 }, { threshold: 0.7, precision: 0.99, reviewShare: 0.3 }],
});

/** Four facts with raw scores and cues, all pending; returns their ids by value. */
async function seed(): Promise<Map<number, number>> {
  const facts = [10, 20, 30, 40].map((v, i) => makeFact({ value: v, text: `${v}%`, start: i, end: i + 3, confidence: 0.9, rawConfidence: 0.9, cues: ['type:percentage', v >= 30 ? 'odd' : 'plain'] }));
  await saveArticleResult(store.db, makeResult({ facts }), { reviewThreshold: 0.95 });
  const rows = await store.db.selectFrom('facts').select(['id', 'value_num']).execute();
  return new Map(rows.map((r) => [r.value_num!, r.id]));
}

async function review(factId: number, action: string, reviewer = 'rita'): Promise<number> {
  const row = await store.db.insertInto('reviews').values({ fact_id: factId, reviewer, action, before_json: null, after_json: null, reason: null, created_at: '2025-10-21T10:00:00Z' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

describe('calibration in the store', () => {
  it('keeps the raw score and cues of every fact', async () => {
    await seed();
    const rows = await store.db.selectFrom('facts').select(['raw_confidence', 'cues_json']).execute();
    expect(rows.every((r) => r.raw_confidence === 0.9 && JSON.parse(r.cues_json!).includes('type:percentage'))).toBe(true);
  });

  it('reads reviewer decisions as labels: approve right, reject or correct wrong, undo none', async () => {
    const id = await seed();
    await review(id.get(10)!, 'approve');
    await review(id.get(20)!, 'reject');
    await review(id.get(30)!, 'edit');
    await review(id.get(30)!, 'approve');
    await review(id.get(40)!, 'reject');
    await review(id.get(40)!, 'undo');
    const labels = new Map((await reviewLabels(store.db)).map((l) => [l.factId, l]));
    expect(labels.get(id.get(10)!)?.right).toBe(true);
    expect(labels.get(id.get(20)!)?.right).toBe(false);
    expect(labels.get(id.get(30)!)?.right).toBe(false);
    expect(labels.has(id.get(40)!)).toBe(false);
    expect(labels.get(id.get(10)!)?.cues).toEqual(['type:percentage', 'plain']);
  });

  it('scores new facts with the newest stored fit and re-scores stored ones, keeping reviewer statuses', async () => {
    const id = await seed();
    await store.db.updateTable('facts').set({ status: 'approved' }).where('id', '=', id.get(30)!).execute();
    await saveFit(store.db, fit('first', {}), 0);
    await saveFit(store.db, fit('second', { odd: -3 }), 4);
    await saveFit(store.db, fit('second', { odd: 5 }), 4);
    expect((await latestFit(store.db))?.weights).toEqual({ odd: -3 });
    const done = await rescoreFacts(store.db, (await latestFit(store.db))!, 0.8);
    const rows = new Map((await store.db.selectFrom('facts').select(['id', 'confidence', 'status']).execute()).map((r) => [r.id, r]));
    // logit(0.9) - 3 is about -0.80: a probability near 0.31
    expect(rows.get(id.get(40)!)).toMatchObject({ status: 'pending' });
    expect(rows.get(id.get(40)!)!.confidence).toBeCloseTo(0.31, 2);
    expect(rows.get(id.get(10)!)).toMatchObject({ confidence: 0.9, status: 'auto-accepted' });
    expect(rows.get(id.get(30)!)).toMatchObject({ status: 'approved' });
    expect(done).toMatchObject({ accepted: 2, pending: 1 });

    // a new extraction of another article: confidence from the stored fit, threshold from the target precision
    const facts = [makeFact({ value: 50, text: '50%', confidence: 0.9, rawConfidence: 0.9, cues: ['type:percentage', 'odd'] }), makeFact({ value: 60, text: '60%', start: 10, end: 13, confidence: 0.65, rawConfidence: 0.65, cues: ['type:percentage'] })];
    await saveArticleResult(store.db, makeResult({ url: 'https://news.example/a/2', facts }, 'Output of magnets rose 50% in May and 60% in June.'), { reviewThreshold: 0.5, autoAcceptPrecision: 0.95 });
    const fresh = await store.db.selectFrom('facts').select(['value_num', 'confidence', 'status']).where('value_num', 'in', [50, 60]).orderBy('value_num').execute();
    expect(fresh[0]!.confidence).toBeCloseTo(0.31, 2);
    // the fit's table meets 0.95 from 0.7 on: 0.65 waits for review although it is above reviewThreshold
    expect(fresh.map((f) => f.status)).toEqual(['pending', 'pending']);
  });
});
