import type { ReviewItem } from '@newsfacts/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asServerDb, leaseNext } from '../src/index.ts';
import { pendingArticles, seedArticles } from './helpers/seed.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    seed: async (store) => {
      await seedArticles(store.db, pendingArticles(30));
      // Two outlets reporting the same figure, period and subject: one corroborated group.
      const corroborated = (i: number) => ({
        url: `https://other.example/corroborated/${i}`,
        title: `China magnet exports ${i}`,
        paragraphs: [`China exported 1,234 tonnes of magnets in September, customs data showed (${i}).`],
        facts: [
          {
            text: '1,234 tonnes',
            sentence: `China exported 1,234 tonnes of magnets in September, customs data showed (${i}).`,
            value: 1234,
            confidence: 0.5,
            period: '2025-09',
            subject: 'CN',
          },
        ],
      });
      await seedArticles(store.db, [corroborated(1), corroborated(2), corroborated(3)]);
    },
  });
});
afterAll(async () => {
  await t.close();
});

const next = async (who: 'reviewer' | 'reviewer2', body: object = {}): Promise<ReviewItem[]> => {
  const res = await t.req('/api/review/next', { method: 'POST', token: t.tokens[who], json: body });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: ReviewItem[] }).items;
};
const decide = (who: 'reviewer' | 'reviewer2', id: number, body: object) =>
  t.req(`/api/review/${id}/decision`, { method: 'POST', token: t.tokens[who], json: body });
const factRow = (id: number) => t.store.db.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const reviewsOf = (id: number) => t.store.db.selectFrom('reviews').selectAll().where('fact_id', '=', id).orderBy('id').execute();

describe('review queue', () => {
  it('hands out pending facts lowest confidence first, with context', async () => {
    const items = await next('reviewer', { limit: 5 });
    expect(items).toHaveLength(5);
    const confidences = items.map((i) => i.confidence);
    expect([...confidences].sort((a, b) => a - b)).toEqual(confidences);
    const pending = await t.store.db.selectFrom('facts').select(sql<number>`min(confidence)`.as('m')).where('status', '=', 'pending').executeTakeFirstOrThrow();
    expect(confidences[0]).toBe(pending.m);
    const first = items[0]!;
    expect(first.paragraph.slice(first.spanStart, first.spanEnd)).toBe(first.text);
    expect(first.paragraph).toContain(first.sentence);
    expect(first.paragraph.startsWith('Customs data published on Monday')).toBe(true);
    expect(first.articleTitle).toMatch(/^Magnet shipments update/);
    expect(first.outlet).toBe('Wire Example');
    expect(first.sourceLink).toContain('#:~:text=');
    expect(first.reasons).toContain('no period stated');
    // Auto-accepted facts (0.95) never reach the queue.
    expect(items.every((i) => i.type === 'tonnage')).toBe(true);
  });

  it('never gives two reviewers the same fact, even when they ask at the same time', async () => {
    const [a, b] = await Promise.all([next('reviewer', { limit: 10 }), next('reviewer2', { limit: 10 })]);
    const ids = new Set(a.map((i) => i.id));
    expect(b.length).toBeGreaterThan(0);
    expect(b.some((i) => ids.has(i.id))).toBe(false);
    // Asking again renews the same leases rather than taking new ones.
    expect((await next('reviewer', { limit: 10 })).map((i) => i.id)).toEqual(a.map((i) => i.id));
    // reviewer2 cannot decide on reviewer's item.
    const res = await decide('reviewer2', a[0]!.id, { action: 'approve' });
    expect(res.status).toBe(409);
    expect((await factRow(a[0]!.id)).status).toBe('pending');
  });

  it('lets a lease expire so another reviewer gets the item', async () => {
    const db = asServerDb(t.store.db);
    const later = new Date(Date.now() + 6 * 60_000);
    const mine = await next('reviewer', { limit: 1 });
    const theirs = await leaseNext(db, 'reviewer2', { filters: {}, limit: 50, exclude: [] }, { now: later });
    expect(theirs).toContain(mine[0]!.id);
    // Give it back for the rest of the tests.
    await t.store.db.deleteFrom('review_leases' as never).execute();
  });

  it('records approve, reject and edit as append-only review rows', async () => {
    const [a, r, e] = await next('reviewer', { limit: 3 });
    expect((await decide('reviewer', a!.id, { action: 'approve' })).status).toBe(200);
    expect((await decide('reviewer', r!.id, { action: 'reject', reason: 'not an export figure' })).status).toBe(200);
    const edit = await decide('reviewer', e!.id, { action: 'edit', edit: { value: 1500, unit: 't', period: '2025-09', type: 'tonnage' } });
    expect(edit.status).toBe(200);

    expect((await factRow(a!.id)).status).toBe('approved');
    expect((await factRow(r!.id)).status).toBe('rejected');
    const edited = await factRow(e!.id);
    expect([edited.status, edited.value_num, edited.period]).toEqual(['approved', 1500, '2025-09']);

    const [row] = await reviewsOf(e!.id);
    expect(row!.reviewer).toBe('reviewer');
    expect(row!.action).toBe('edit');
    expect(JSON.parse(row!.before_json!)).toMatchObject({ status: 'pending', value_num: e!.value, period: null });
    expect(JSON.parse(row!.after_json!)).toMatchObject({ status: 'approved', value_num: 1500, period: '2025-09' });
    expect((await reviewsOf(r!.id))[0]!.reason).toBe('not an export figure');

    // The audit trail refuses edits and deletes.
    expect(() => t.store.sqlite.prepare('UPDATE reviews SET action = ? WHERE fact_id = ?').run('approve', r!.id)).toThrow(/append-only/);
    expect(() => t.store.sqlite.prepare('DELETE FROM reviews WHERE fact_id = ?').run(r!.id)).toThrow(/append-only/);
    // A decided fact cannot be decided again.
    expect((await decide('reviewer', a!.id, { action: 'reject' })).status).toBe(409);
  });

  it('validates decision bodies with the core schemas', async () => {
    const [item] = await next('reviewer', { limit: 1 });
    expect((await decide('reviewer', item!.id, { action: 'maybe' })).status).toBe(400);
    expect((await decide('reviewer', item!.id, { action: 'edit', edit: { period: 'September' } })).status).toBe(400);
    expect((await decide('reviewer', item!.id, { action: 'edit', edit: {} })).status).toBe(400);
    expect((await decide('reviewer', 999999, { action: 'approve' })).status).toBe(404);
  });

  it('undoes the last decision (and only once), appending an undo row', async () => {
    const [item] = await next('reviewer', { limit: 1 });
    await decide('reviewer', item!.id, { action: 'reject' });
    const undo = await t.req('/api/review/undo', { method: 'POST', token: t.tokens.reviewer, json: {} });
    expect(undo.status).toBe(200);
    expect(((await undo.json()) as { restored: number[] }).restored).toEqual([item!.id]);
    expect((await factRow(item!.id)).status).toBe('pending');
    const rows = await reviewsOf(item!.id);
    expect(rows.map((r) => r.action)).toEqual(['reject', 'undo']);
    // The undone item comes back to the same reviewer first.
    expect((await next('reviewer', { limit: 1 }))[0]!.id).toBe(item!.id);
    // The next undo goes further back (the earlier edit), not to the same decision again.
    const again = await t.req('/api/review/undo', { method: 'POST', token: t.tokens.reviewer, json: {} });
    const restored = ((await again.json()) as { restored: number[] }).restored;
    expect(restored).not.toContain(item!.id);
    const back = await factRow(restored[0]!);
    expect(back.status).toBe('pending');
  });

  it('re-opens rejected and edited facts', async () => {
    const [item] = await next('reviewer', { limit: 1 });
    await decide('reviewer', item!.id, { action: 'reject' });
    const res = await t.req(`/api/review/${item!.id}/reopen`, { method: 'POST', token: t.tokens.reviewer2, json: { reason: 'second look' } });
    expect(res.status).toBe(200);
    expect((await factRow(item!.id)).status).toBe('pending');
    const rows = await reviewsOf(item!.id);
    expect(rows.at(-1)).toMatchObject({ action: 'reopen', reviewer: 'reviewer2', reason: 'second look' });
    // Pending facts have nothing to re-open.
    expect((await t.req(`/api/review/${item!.id}/reopen`, { method: 'POST', token: t.tokens.reviewer2, json: {} })).status).toBe(409);
  });

  it('approves a corroborated group at once and undoes it as one decision', async () => {
    const groupItems = (await next('reviewer', { limit: 50 })).filter((i) => i.groupId !== null && i.groupPending > 0);
    expect(groupItems.length).toBeGreaterThan(0);
    const item = groupItems[0]!;
    expect(item.groupSources).toBe(3);
    // Three one-line stories, too short to call copies: three origins, all on one site.
    expect(item.groupOrigins).toBe(3);
    expect(item.groupCorroboration).toBe('1 outlet · 3 origins (other.example)');
    const res = await decide('reviewer', item.id, { action: 'approve', group: true });
    const { decided } = (await res.json()) as { decided: number[] };
    expect(decided).toHaveLength(3);
    const statuses = await t.store.db.selectFrom('facts').select('status').where('group_id', '=', item.groupId).execute();
    expect(statuses.map((s) => s.status)).toEqual(['approved', 'approved', 'approved']);
    const undo = await t.req('/api/review/undo', { method: 'POST', token: t.tokens.reviewer, json: {} });
    expect(((await undo.json()) as { restored: number[] }).restored.sort()).toEqual([...decided].sort());
    const after = await t.store.db.selectFrom('facts').select('status').where('group_id', '=', item.groupId).execute();
    expect(after.map((s) => s.status)).toEqual(['pending', 'pending', 'pending']);
  });

  it('filters by type, country and company', async () => {
    expect(await next('reviewer', { filters: { type: 'percentage' } })).toEqual([]);
    const cn = await next('reviewer', { filters: { country: 'cn' }, limit: 50 });
    expect(cn.length).toBeGreaterThan(0);
    expect(cn.every((i) => i.sentence.startsWith('China exported'))).toBe(true);
    expect(await next('reviewer', { filters: { company: 'Nobody Mining' } })).toEqual([]);
  });

  it('skips: releases the lease and the page excludes it', async () => {
    const [item] = await next('reviewer', { limit: 1 });
    expect((await t.req(`/api/review/${item!.id}/skip`, { method: 'POST', token: t.tokens.reviewer, json: {} })).status).toBe(200);
    const after = await next('reviewer', { limit: 5, exclude: [item!.id] });
    expect(after.map((i) => i.id)).not.toContain(item!.id);
  });

  it('lists my decisions on the history page with re-open buttons', async () => {
    const res = await t.req('/review/history', { token: t.tokens.reviewer });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Re-open');
    expect(html).toContain('(undone)');
  });

  it('keeps corroboration groups true: rejected facts stop counting, edited ones move group', async () => {
    const cn = await next('reviewer', { filters: { country: 'CN' }, limit: 10 });
    expect(cn).toHaveLength(3);
    const groupId = cn[0]!.groupId!;
    const sources = async (id: number) => (await t.store.db.selectFrom('fact_groups').select('source_count').where('id', '=', id).executeTakeFirst())?.source_count;
    expect(await sources(groupId)).toBe(3);
    await decide('reviewer', cn[0]!.id, { action: 'reject' });
    expect(await sources(groupId)).toBe(2);
    await decide('reviewer', cn[1]!.id, { action: 'edit', edit: { value: 1300 } });
    expect(await sources(groupId)).toBe(1);
    const moved = await factRow(cn[1]!.id);
    expect(moved.group_id).not.toBe(groupId);
    expect(moved.group_id).not.toBeNull();
    // Undo both: the group is whole again.
    for (let i = 0; i < 2; i++) expect((await t.req('/api/review/undo', { method: 'POST', token: t.tokens.reviewer, json: {} })).status).toBe(200);
    expect(await sources(groupId)).toBe(3);
    expect((await factRow(cn[1]!.id)).group_id).toBe(groupId);
  });
});
