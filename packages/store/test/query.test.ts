import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFactFilters, type FactQuery, InvalidCursorError, InvalidFilterError, iterateFacts, openDb, queryFacts, resolveIds, type Store } from '../src/index.ts';
import { seedCorpus } from './query-fixtures.ts';

let dir: string;
let store: Store;
let seeded: Awaited<ReturnType<typeof seedCorpus>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-query-'));
  store = await openDb(join(dir, 'facts.db'));
  seeded = await seedCorpus(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The facts a query returns, as "type value" strings in id order. */
async function facts(q: FactQuery): Promise<string[]> {
  const page = await queryFacts(store.db, q, { limit: 1000 });
  return page.rows.map((f) => `${f.type} ${f.value}`);
}

describe('queryFacts filters', () => {
  it('returns trusted facts by default and other statuses on request', async () => {
    expect(await facts({ type: 'tonnage' })).toEqual(['tonnage 420.5', 'tonnage 421', 'tonnage 10500', 'tonnage 420.5', 'tonnage 5000', 'tonnage 4000']);
    expect(await facts({ type: 'tonnage', status: 'pending' })).toEqual(['tonnage 999']);
    expect(await facts({ type: 'tonnage', status: 'all' })).toHaveLength(7);
  });

  it('--country matches the ISO code or an alias seen in the text, through subject, partner, mention and sentence', async () => {
    const byCode = await facts({ country: 'CN' });
    expect(byCode).toEqual(['tonnage 420.5', 'country CN', 'percentage 28.7', 'tonnage 421', 'percentage 28.7', 'tonnage 420.5', 'tonnage 5000', 'tonnage 4000']);
    // "China" is an alias of CN (seen as the text of a country mention): the same facts.
    expect(await facts({ country: 'china' })).toEqual(byCode);
    expect(await facts({ country: 'US', type: 'tonnage' })).toEqual(['tonnage 420.5', 'tonnage 421', 'tonnage 420.5', 'tonnage 5000']);
    expect(await facts({ country: 'ZZ' })).toEqual([]);
  });

  it('--company finds the company and the figures stated in the same sentence', async () => {
    expect(await facts({ company: 'Lynas' })).toEqual(['company Lynas Rare Earths', 'tonnage 10500']);
    expect(await facts({ company: 'lynas rare earths', type: 'tonnage' })).toEqual(['tonnage 10500']);
    expect(await facts({ company: 'MP Materials' })).toEqual([]);
  });

  it('--search matches every word in the sentence or the article title, with stemming', async () => {
    // "magnet" is in outlet B's title, "exports" in its sentence: the 421 t figure is found too.
    expect(await facts({ search: 'magnet exports', type: 'tonnage' })).toEqual(['tonnage 420.5', 'tonnage 421', 'tonnage 420.5', 'tonnage 5000', 'tonnage 4000']);
    expect(await facts({ search: 'oxide' })).toEqual(['company Lynas Rare Earths', 'tonnage 10500']);
    expect(await facts({ search: 'shipped' })).toEqual(['tonnage 420.5']);
    expect(await facts({ search: 'unconfirmed "estimate' })).toEqual([]);
    expect(await facts({ search: 'unconfirmed "estimate', status: 'pending' })).toEqual(['tonnage 999']);
    await expect(facts({ search: '"*' })).rejects.toThrow(InvalidFilterError);
  });

  it('--from/--to select facts whose period overlaps the range', async () => {
    expect(await facts({ type: 'tonnage', from: '2025-09', to: '2025-09' })).toEqual(['tonnage 420.5', 'tonnage 421', 'tonnage 10500', 'tonnage 420.5', 'tonnage 4000']);
    expect(await facts({ type: 'tonnage', to: '2025-08-31' })).toEqual(['tonnage 10500', 'tonnage 5000']);
    expect(await facts({ type: 'tonnage', from: '2025-Q4' })).toEqual(['tonnage 10500']);
    await expect(facts({ from: 'last year' })).rejects.toThrow(/2025-Q3/);
  });

  it('--from/--to give the same facts whether the period index drives the query or each row is tested', async () => {
    // The store picks the plan by how many facts the range holds; force each one on the same queries.
    const ranges: FactQuery[] = [
      { type: 'tonnage', from: '2025-09', to: '2025-09' },
      { type: 'tonnage', to: '2025-08-31' },
      { type: 'tonnage', from: '2025-Q4' },
      { from: '2025-09', to: '2025-09', status: 'all' },
    ];
    for (const q of ranges) {
      const ids = await resolveIds(store.db, q);
      const byPlan = await Promise.all(
        [true, false].map(async (periodDrives) => {
          const rows = await applyFactFilters(store.db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), q, { ...ids, periodDrives })
            .select(['facts.type', 'facts.value_num', 'facts.value_text'])
            .orderBy('facts.id')
            .execute();
          return rows.map((r) => `${r.type} ${r.value_num ?? r.value_text}`);
        }),
      );
      expect(byPlan[1]).toEqual(byPlan[0]);
      expect(byPlan[0]).toEqual(await facts(q));
    }
    // The row-by-row plan for the ranges checked by hand above.
    const walked = await applyFactFilters(store.db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), { type: 'tonnage', from: '2025-09', to: '2025-09' }, { periodDrives: false })
      .select('facts.value_num')
      .orderBy('facts.id')
      .execute();
    expect(walked.map((r) => r.value_num)).toEqual([420.5, 421, 10500, 420.5, 4000]);
  });

  it('--published-from/--published-to bound the article date inclusively', async () => {
    expect(await facts({ type: 'tonnage', publishedTo: '2025-10-20' })).toEqual(['tonnage 420.5']);
    expect(await facts({ type: 'tonnage', publishedFrom: '2025-10-21', publishedTo: '2025-10-31' })).toEqual(['tonnage 421', 'tonnage 10500']);
  });

  it('--min/--max bound the value', async () => {
    expect(await facts({ type: 'tonnage', min: 1000 })).toEqual(['tonnage 10500', 'tonnage 5000', 'tonnage 4000']);
    expect(await facts({ type: 'tonnage', min: 420.5, max: 421 })).toEqual(['tonnage 420.5', 'tonnage 421', 'tonnage 420.5']);
  });

  it('--feed takes an id or the feed URL', async () => {
    expect(await facts({ feed: seeded.feedB, type: 'tonnage' })).toEqual(['tonnage 421', 'tonnage 10500']);
    expect(await facts({ feed: seeded.feedBUrl, type: 'tonnage' })).toEqual(['tonnage 421', 'tonnage 10500']);
    expect(await facts({ feed: 'https://unknown.example/rss' })).toEqual([]);
  });

  it('carries the typed columns and a text-fragment source link', async () => {
    const { rows } = await queryFacts(store.db, { type: 'tonnage', max: 420.5 }, { limit: 1 });
    expect(rows[0]).toMatchObject({ value: 420.5, unit: 't', subject: 'CN', partner: 'US', period: '2025-09', metric: 'magnet exports', article_title: 'China magnet exports to US slide in September' });
    expect(rows[0]?.source_link).toBe("https://outlet-a.example/china-magnet-exports-slide#:~:text=China%27s%20U.S.%2Dbound%20magnet%20exports%20were%20420.5%20tonnes%20in%20September.");
  });
});

describe('pagination and streaming', () => {
  it('walks every row once with keyset cursors', async () => {
    const all = await queryFacts(store.db, { status: 'all' }, { limit: 1000 });
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await queryFacts(store.db, { status: 'all' }, { cursor, limit: 3 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(all.rows.map((r) => r.id));
    expect(pages).toBe(Math.ceil(all.rows.length / 3));
  });

  it('pages a full-text search (driven by the FTS index) without losing or repeating rows', async () => {
    const q: FactQuery = { search: 'magnet exports', status: 'all' };
    const all = (await queryFacts(store.db, q, { limit: 1000 })).rows.map((r) => r.id);
    expect(all.length).toBeGreaterThan(5);
    const first = await queryFacts(store.db, q, { limit: 4 });
    const rest = await queryFacts(store.db, q, { limit: 1000, cursor: first.nextCursor });
    expect([...first.rows, ...rest.rows].map((r) => r.id)).toEqual(all);
    const streamed = [];
    for await (const f of iterateFacts(store, q)) streamed.push(f.id);
    expect(streamed).toEqual(all);
  });

  it('rejects a forged cursor', async () => {
    await expect(queryFacts(store.db, {}, { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(InvalidCursorError);
  });

  it('streams the same rows as a query', async () => {
    const streamed = [];
    for await (const f of iterateFacts(store, { type: 'tonnage', country: 'US' })) streamed.push(f);
    const page = await queryFacts(store.db, { type: 'tonnage', country: 'US' }, { limit: 1000 });
    expect(streamed).toEqual(page.rows);
  });
});
