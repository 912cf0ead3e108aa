import { type Database, ensureGroups, groupSpec, refreshGroups } from '@newsfacts/store';
import type { Kysely, Transaction } from 'kysely';
import type { ServerDatabase } from '../server-database.ts';

/**
 * Keeps corroboration groups true after reviewer decisions: an edited figure moves to the group its
 * new value, unit or period belongs to, and a rejected one stops counting as a source.
 */
export async function regroupFacts(trx: Transaction<ServerDatabase>, factIds: readonly number[]): Promise<void> {
  if (factIds.length === 0) return;
  const db = trx as unknown as Kysely<Database>;
  const rows = await db
    .selectFrom('facts')
    .select(['id', 'group_id', 'type', 'value_num', 'unit', 'kind', 'direction', 'period', 'subject', 'partner'])
    .where('id', 'in', [...factIds])
    .execute();
  const touched = new Set<number>();
  for (const row of rows) {
    const spec = groupSpec(row);
    const groupId = spec ? ((await ensureGroups(db, [spec])).get(spec.group_key) ?? null) : null;
    if (row.group_id !== null) touched.add(row.group_id);
    if (groupId !== null) touched.add(groupId);
    if (groupId !== row.group_id) await db.updateTable('facts').set({ group_id: groupId }).where('id', '=', row.id).execute();
  }
  await refreshGroups(db, touched);
}
