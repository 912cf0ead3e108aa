import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyReextraction, conflictingGroups, getGroup, groupSpec, metricWords, openDb, queryFacts, queryGroups, querySeries, recomputeGroups, refreshGroups, type Store } from '../src/index.ts';
import { article, figure, seedCorpus } from './query-fixtures.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-groups-'));
  store = await openDb(join(dir, 'facts.db'));
  await seedCorpus(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const summary = (g: { value: number | null; unit: string | null; period: string | null; source_count: number; conflict: boolean }) => `${g.value} ${g.unit} ${g.period} x${g.source_count}${g.conflict ? ' conflict' : ''}`;

describe('group keys (pure)', () => {
  const base = { type: 'tonnage', value_num: 420.5, unit: 't', kind: null, direction: null, period: '2025-09', subject: 'CN', partner: 'US' };
  it('puts the same figure from two outlets in one group and a different value in another', () => {
    expect(groupSpec(base)?.group_key).toBe(groupSpec({ ...base, value_num: 420.50000001 })?.group_key);
    expect(groupSpec(base)?.group_key).not.toBe(groupSpec({ ...base, value_num: 421 })?.group_key);
    expect(groupSpec(base)?.conflict_key).toBe(groupSpec({ ...base, value_num: 421 })?.conflict_key);
  });
  it('does not group figures without a period, nor dates and names', () => {
    expect(groupSpec({ ...base, period: null })).toBeNull();
    expect(groupSpec({ ...base, type: 'company', value_num: null })).toBeNull();
  });
  it('claims no conflict without a subject or partner, or between unrelated metrics', () => {
    expect(groupSpec({ ...base, subject: null, partner: null })?.conflict_key).toBe('');
    expect(metricWords('exports of magnets')).toEqual(new Set(['export', 'magnet']));
    const a = { id: 1, value_num: 420.5, metric: metricWords('magnet exports') };
    expect(conflictingGroups([a, { id: 2, value_num: 421, metric: metricWords('exports') }])).toEqual(new Set([1, 2]));
    expect(conflictingGroups([a, { id: 2, value_num: 4000, metric: metricWords('output') }])).toEqual(new Set());
    expect(conflictingGroups([a, { id: 2, value_num: 421, metric: new Set() }])).toEqual(new Set([1, 2]));
  });
});

describe('corroboration in the store', () => {
  it('groups the same figure across outlets and flags the 420.5 t vs 421 t disagreement', async () => {
    const { rows } = await queryGroups(store.db, { type: 'tonnage' });
    expect(rows.map(summary)).toEqual(['420.5 t 2025-09 x2 conflict', '421 t 2025-09 x1 conflict', '10500 t 2025 x1', '5000 t 2025-08 x1', '4000 t 2025-09 x1']);
    const main = rows[0]!;
    expect(main.sources.map((s) => s.article_url)).toEqual(['https://outlet-a.example/china-magnet-exports-slide', 'https://outlet-c.example/2025-month-by-month']);
    expect(main.sources[0]?.source_link).toContain('#:~:text=');
    expect(main.conflicting_values).toEqual([{ group_id: rows[1]!.group_id, value: 421, source_count: 1, same_origin: false }]);
    const pct = await queryGroups(store.db, { type: 'percentage' });
    expect(pct.rows.map(summary)).toEqual(['28.7 % 2025-09 x2']);
  });

  it('a rejected source leaves the count, and the conflict goes with the last rival', async () => {
    const [rival] = (await queryFacts(store.db, { type: 'tonnage', min: 421, max: 421 })).rows;
    await store.db.updateTable('facts').set({ status: 'rejected' }).where('id', '=', rival!.id).execute();
    await refreshGroups(store.db, [rival!.group_id!]);
    const { rows } = await queryGroups(store.db, { type: 'tonnage', status: 'all', from: '2025-09', to: '2025-09' });
    expect(rows.map(summary).filter((s) => s.startsWith('42'))).toEqual(['420.5 t 2025-09 x2', '421 t 2025-09 x1']);
    const stored = await getGroup(store.db, rival!.group_id!, { status: 'all' });
    expect(stored?.conflict).toBe(false);
  });

  it('recomputes to the same groups as the incremental path', async () => {
    const before = (await queryGroups(store.db, { status: 'all' })).rows.map(summary);
    const result = await recomputeGroups(store.db, 3);
    expect(result).toEqual({ groups: before.length, conflicts: 2 });
    expect((await queryGroups(store.db, { status: 'all' })).rows.map(summary)).toEqual(before);
  });

  it('pages through groups with a cursor', async () => {
    const first = await queryGroups(store.db, { type: 'tonnage' }, { limit: 2 });
    const second = await queryGroups(store.db, { type: 'tonnage' }, { limit: 2, cursor: first.nextCursor });
    const third = await queryGroups(store.db, { type: 'tonnage' }, { limit: 2, cursor: second.nextCursor });
    expect([...first.rows, ...second.rows, ...third.rows].map(summary)).toHaveLength(5);
    expect(third.nextCursor).toBeNull();
  });
});

describe('querySeries', () => {
  it('gives one value per month with its sources and the conflict', async () => {
    const points = await querySeries(store.db, { type: 'tonnage', country: 'CN', search: 'magnet exports' }, 'month');
    expect(points.map((p) => [p.period, p.value, p.sources, p.conflict, p.alternatives.map((a) => `${a.value}x${a.sources}`)])).toEqual([
      ['2025-08', 5000, 1, false, []],
      ['2025-09', 420.5, 2, true, ['421x1', '4000x1']],
    ]);
    expect(points[1]?.source_links).toHaveLength(2);
  });

  it('keeps a conflict flagged when the rival value is outside the query', async () => {
    const points = await querySeries(store.db, { type: 'tonnage', search: 'shipped' }, 'month');
    expect(points.map((p) => [p.period, p.value, p.conflict])).toEqual([['2025-09', 420.5, true]]);
  });

  it('only uses figures at the requested resolution', async () => {
    expect((await querySeries(store.db, { type: 'tonnage' }, 'year')).map((p) => [p.period, p.value])).toEqual([['2025', 10500]]);
    expect(await querySeries(store.db, { type: 'tonnage' }, 'quarter')).toEqual([]);
  });
});

describe('applyReextraction', () => {
  it('keeps reviewer decisions on facts that persist, retires removed ones and updates the groups', async () => {
    const url = 'https://outlet-a.example/china-magnet-exports-slide';
    const all = (await queryFacts(store.db, { status: 'all', type: ['tonnage', 'percentage'] }, { limit: 100 })).rows.filter((f) => f.article_url === url);
    const [tonnage, pct] = all;
    await store.db.updateTable('facts').set({ status: 'approved' }).where('id', '=', tonnage!.id).execute();
    await store.db.insertInto('reviews').values({ fact_id: tonnage!.id, reviewer: 'ana', action: 'approve', before_json: null, after_json: null, reason: null, created_at: '2025-11-01T00:00:00Z' }).execute();

    // The new extractor finds the tonnage again (now with lower confidence) but not the percentage.
    const next = article(url, 'China magnet exports to US slide in September', '2025-10-20T08:00:00Z', [
      figure('tonnage', 420.5, tonnage!.sentence, { subject: 'CN', partner: 'US', period: '2025-09', metric: 'magnet exports' }, { confidence: 0.4, extractorVersion: 'test-2' }),
    ], null);
    const articleId = tonnage!.article_id;
    expect(await applyReextraction(store.db, articleId, { ...next, extractorVersion: 'bp+test-2' }, { reviewThreshold: 0.8 })).toEqual({ inserted: 0, retired: 3 });

    const after = await queryFacts(store.db, { status: 'all', articleId }, { limit: 100 });
    const byId = new Map(after.rows.map((f) => [f.id, f]));
    expect(byId.get(tonnage!.id)).toMatchObject({ status: 'approved', confidence: 0.4, extractor_version: 'test-2' });
    expect(byId.get(pct!.id)?.status).toBe('retired');
    const reviews = await store.db.selectFrom('reviews').selectAll().where('fact_id', '=', tonnage!.id).execute();
    expect(reviews).toHaveLength(1);
    const article_ = await store.db.selectFrom('articles').select('extractor_version').where('id', '=', articleId).executeTakeFirstOrThrow();
    expect(article_.extractor_version).toBe('bp+test-2');
    const pctGroups = await queryGroups(store.db, { type: 'percentage' });
    expect(pctGroups.rows.map(summary)).toEqual(['28.7 % 2025-09 x1']);
  });
});
