import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { rebuildEntityKeys } from '../repositories/entity-keys.repository.ts';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
// The rules that derive lookup keys from names changed (legal forms written before the name, more
// legal forms, names led by a province or city also found without it): keys stored under the old
// rules would miss those forms, so every entity's keys are derived again, once.
export async function up(db: Kysely<unknown>): Promise<void> {
  const store = db as unknown as Kysely<Database>;
  const ids = (await store.selectFrom('entities').select('id').execute()).map((r) => r.id);
  await rebuildEntityKeys(store, ids);
}
