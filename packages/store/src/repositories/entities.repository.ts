import type { Transaction } from 'kysely';
import type { Database } from '../database.ts';

/** Finds or creates an entity and records the surface form as one of its aliases. */
export async function upsertEntity(
  trx: Transaction<Database>,
  type: 'company' | 'country',
  canonical: string,
  alias: string | null,
): Promise<number> {
  await trx.insertInto('entities').values({ type, canonical }).onConflict((oc) => oc.doNothing()).execute();
  const { id } = await trx
    .selectFrom('entities')
    .select('id')
    .where('type', '=', type)
    .where('canonical', '=', canonical)
    .executeTakeFirstOrThrow();
  if (alias && alias !== canonical) {
    await trx.insertInto('entity_aliases').values({ entity_id: id, alias }).onConflict((oc) => oc.doNothing()).execute();
  }
  return id;
}
