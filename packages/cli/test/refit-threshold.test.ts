import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFacts, SHIPPED_FIT } from '@newsfacts/extract';
import { asServerDb, decide } from '@newsfacts/server';
import { openDb, saveArticleResult, type Store } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleResult } from '../../server/test/helpers/seed.ts';
import { refitFromReviews } from '../src/calibration/refit-from-reviews.ts';

vi.setConfig({ testTimeout: 120_000 });

const PUBLISHED = '2025-06-12';
const COUNTRIES = ['Germany', 'Japan', 'Brazil', 'Canada', 'India', 'Mexico', 'Chile', 'Norway'];

/** A short trade story of our own, different in each article. */
function story(i: number): string[] {
  const from = COUNTRIES[i % COUNTRIES.length]!;
  const to = COUNTRIES[(i + 3) % COUNTRIES.length]!;
  return [
    `Copper shipments from ${from} to ${to} rose ${5 + i}% in May 2025, according to Harbor Metals Ltd.`,
    `Harbor Metals Ltd. expects sales of $${30 + i} million in 2026, and ${to} plans to buy more.`,
  ];
}

// a shipped fit whose table holds no labelled evidence: no target precision can be promised from it
const NO_EVIDENCE = { ...SHIPPED_FIT, thresholds: SHIPPED_FIT.thresholds.map((r) => ({ ...r, precision: 1, precisionLow: 0, accepted: 0, right: 0, evidence: 0 })) };
const OPTIONS = { dryRun: true, rescore: false, reviewThreshold: 0.8, autoAcceptPrecision: 0.98, shipped: NO_EVIDENCE };

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-refit-threshold-'));
  store = await openDb(join(dir, 'facts.db'));
  for (let i = 0; i < 40; i++) {
    const paragraphs = story(i);
    const result = articleResult({ url: `https://metals.example/story-${i}`, title: `Copper ${i}`, paragraphs, facts: [], published: PUBLISHED });
    await saveArticleResult(store.db, { ...result, facts: extractFacts({ text: paragraphs.join('\n\n'), published: PUBLISHED }) }, { reviewThreshold: 1 });
  }
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a target precision and reviewer decisions', () => {
  it('reviews everything while no labelled evidence supports the target, and auto-accepts once reviews do', async () => {
    const before = await refitFromReviews(store, OPTIONS);
    expect(before.labelled).toBe(0);
    expect(before.threshold).toBe(1);
    expect(before.expected).toBeNull();

    // reviewers find every fact right
    const facts = await store.db.selectFrom('facts').select(['id']).execute();
    expect(facts.length).toBeGreaterThan(150);
    for (const f of facts) await decide(asServerDb(store.db), 'rita', f.id, { action: 'approve', group: false });

    const after = await refitFromReviews(store, OPTIONS);
    expect(after.labelled).toBe(facts.length);
    expect(after.threshold).toBeLessThan(1);
    // the promise rests on reviewed facts each scored by a refit that did not see their article
    expect(after.expected!.precisionLow).toBeGreaterThanOrEqual(0.98);
    expect(after.expected!.labelled).toBeGreaterThan(100);
    expect(after.population.reviewShare).toBeLessThan(1);
  });
});
