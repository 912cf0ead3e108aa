import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { up } from '../src/migrations/0015-entity-keys-rebuild.migration.ts';
import { importEntities, openDb, type Store } from '../src/index.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-entity-keys-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const keysOf = async (name: string) =>
  (await store.db.selectFrom('entity_keys').innerJoin('entities', 'entities.id', 'entity_keys.entity_id').select(['key', 'strength']).where('entities.canonical', '=', name).orderBy('key').execute()).map(
    (r) => `${r.strength}:${r.key}`,
  );

describe('migration 0015: entity keys derived again', () => {
  it('gives entities stored under older rules the keys the current rules derive, and only those', async () => {
    const list = [{ name: 'Zhejiang Huayou Cobalt', kind: 'company' as const, aliases: [], qid: null, lei: null, tickers: [], parent: null }];
    await importEntities(store.db, list, { reviewer: 'test', source: 'test' });
    const current = await keysOf('Zhejiang Huayou Cobalt');
    expect(current).toContain('short:huayou');
    // A store written under older rules: a stale key, and the place-less forms missing.
    await store.db.deleteFrom('entity_keys').execute();
    const { id } = await store.db.selectFrom('entities').select('id').executeTakeFirstOrThrow();
    await store.db.insertInto('entity_keys').values({ key: 'zhejiang', entity_id: id, strength: 'short' }).execute();
    await up(store.db as unknown as Kysely<unknown>);
    expect(await keysOf('Zhejiang Huayou Cobalt')).toEqual(current);
  });
});
