import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingArticles, seedArticles } from './helpers/seed.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
const inAnHour = new Date(Date.now() + 3_600_000).toISOString();

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    seed: async (store) => {
      await seedArticles(store.db, pendingArticles(2));
      const facts = await sql<{ id: number }>`SELECT id FROM facts ORDER BY id LIMIT 2`.execute(store.db);
      const [expired, live] = facts.rows.map((r) => r.id);
      // Left behind by reviewers who walked away (one long gone, one still working).
      await sql`INSERT INTO review_leases (fact_id, reviewer, leased_at, expires_at) VALUES (${expired}, 'gone', ${hourAgo}, ${hourAgo}), (${live}, 'busy', ${hourAgo}, ${inAnHour})`.execute(store.db);
    },
  });
});
afterAll(async () => {
  await t.close();
});

describe('review lease housekeeping', () => {
  it('sweeps expired leases when the server starts and keeps live ones', async () => {
    const left = await sql<{ reviewer: string }>`SELECT reviewer FROM review_leases`.execute(t.store.db);
    expect(left.rows.map((r) => r.reviewer)).toEqual(['busy']);
  });
});
