import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb, recomputeGroups, refreshGroups, saveArticleResult, type Store } from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

/**
 * Storing an article moves group counts and metrics by what its facts add and remove, instead of
 * recounting every member. Whatever sequence of stores, re-extractions and reviewer rejections
 * happens, the groups must equal a rebuild from the facts themselves.
 */

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-group-maintenance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figure = fc.record({
  type: fc.constantFrom('tonnage', 'percentage'),
  value: fc.constantFrom(420.5, 421, 10),
  period: fc.constantFrom('2025-09', '2025-10'),
  subject: fc.constantFrom('CN', null),
  partner: fc.constantFrom('US', null),
  metric: fc.constantFrom('exports', 'magnet exports', 'output', null),
  confident: fc.boolean(),
});
type Figure = typeof figure extends fc.Arbitrary<infer T> ? T : never;

const operation = fc.oneof(
  // Stores article `article` (first time, or a re-extraction that replaces its facts).
  fc.record({ kind: fc.constant('store' as const), article: fc.nat(3), figures: fc.array(figure, { maxLength: 5 }) }),
  // A reviewer rejects the n-th live fact of the corpus.
  fc.record({ kind: fc.constant('reject' as const), nth: fc.nat(20) }),
);

function resultFor(article: number, figures: readonly Figure[], version: number) {
  const url = `https://outlet-${article}.example/story`;
  const sentence = (i: number) => `Sentence ${i} of story ${article}.`;
  return makeResult(
    {
      url,
      facts: figures.map((f, i) =>
        makeFact({
          type: f.type as 'tonnage' | 'percentage',
          value: f.value,
          unit: f.type === 'tonnage' ? 't' : '%',
          direction: null,
          kind: f.type === 'percentage' ? 'level' : null,
          // The key ignores the measurement: a re-extraction may move a kept fact to another group.
          text: `${f.value}`,
          sentence: sentence(i % 2),
          start: i * 10,
          end: i * 10 + 5,
          confidence: f.confident ? 0.95 : 0.5,
          measurement: { metric: f.metric, subject: f.subject, partner: f.partner, period: f.period },
        }),
      ),
    },
    `Story ${article}, version ${version}.`,
  );
}

async function groupState(store: Store) {
  const rows = await store.db.selectFrom('fact_groups').select(['group_key', 'source_count', 'fact_count', 'conflict', 'metrics_json']).orderBy('group_key').execute();
  return rows.map((r) => ({ ...r, metrics_json: (JSON.parse(r.metrics_json) as string[]).sort() }));
}

describe('incremental group maintenance', () => {
  it('leaves every group as a full rebuild from the facts would', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        const store = await openDb(join(dir, `run-${run++}.db`));
        try {
          let version = 0;
          for (const op of ops) {
            if (op.kind === 'store') {
              await saveArticleResult(store.db, resultFor(op.article, op.figures, version++), { reviewThreshold: 0.8 });
              continue;
            }
            const live = await store.db.selectFrom('facts').select(['id', 'group_id']).where('status', 'in', ['pending', 'auto-accepted']).orderBy('id').execute();
            const target = live[op.nth % Math.max(1, live.length)];
            if (!target) continue;
            // What the review API does in its transaction: the status, then a recount of the group.
            await store.db.updateTable('facts').set({ status: 'rejected' }).where('id', '=', target.id).execute();
            if (target.group_id !== null) await refreshGroups(store.db, [target.group_id]);
          }
          const incremental = await groupState(store);
          await recomputeGroups(store.db);
          expect(incremental).toEqual(await groupState(store));
        } finally {
          await store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('counts a figure repeated by many stories once per story, with the metrics they name', async () => {
    const store = await openDb(join(dir, 'repeated.db'));
    try {
      const same: Figure = { type: 'tonnage', value: 420.5, period: '2025-09', subject: 'CN', partner: 'US', metric: 'exports', confident: true };
      for (let article = 0; article < 4; article++) {
        const twice: Figure[] = [same, { ...same, metric: article === 3 ? 'magnet exports' : 'exports' }];
        await saveArticleResult(store.db, resultFor(article, twice, 0), { reviewThreshold: 0.8 });
      }
      const [group] = await groupState(store);
      expect(group).toMatchObject({ source_count: 4, fact_count: 8, conflict: 0, metrics_json: ['exports', 'magnet exports'] });
      // The one story naming "magnet exports" drops that figure: the metric leaves the group with it.
      await saveArticleResult(store.db, resultFor(3, [same], 1), { reviewThreshold: 0.8 });
      expect((await groupState(store))[0]).toMatchObject({ source_count: 4, fact_count: 7, metrics_json: ['exports'] });
    } finally {
      await store.close();
    }
  });
});
