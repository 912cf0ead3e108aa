import { type ImportedEntity, nameKey } from '@newsfacts/entities';
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';
import { addAlias, findOrCreateCompany } from './company-links.repository.ts';
import { rebuildEntityKeys } from './entity-keys.repository.ts';

export interface ImportSummary {
  created: number;
  updated: number;
  aliasesAdded: number;
  parentsLinked: number;
  /** Parents named in the file that match no entity. */
  unknownParents: string[];
}

/** The one company with this QID, or else the one whose name key matches; null when none or several. */
async function findExisting(trx: Transaction<Database>, e: ImportedEntity): Promise<number | null> {
  if (e.qid) {
    const byQid = await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('qid', '=', e.qid).executeTakeFirst();
    if (byQid) return byQid.id;
  }
  const hits = await trx
    .selectFrom('entity_keys')
    .innerJoin('entities', 'entities.id', 'entity_keys.entity_id')
    .select('entities.id')
    .distinct()
    .where('entities.type', '=', 'company')
    .where('entity_keys.strength', '=', 'name')
    .where('entity_keys.key', '=', nameKey(e.name))
    .execute();
  return hits.length === 1 ? hits[0]!.id : null;
}

/**
 * Loads a knowledge base: each row updates the company it already matches (by QID, then by name)
 * or creates it, as an imported entity whose name later evidence does not change. Parents are
 * linked by name or QID once every row is in. One transaction: a failure leaves the store as it was.
 */
export async function importEntities(db: Kysely<Database>, list: readonly ImportedEntity[], p: { reviewer: string; source: string }): Promise<ImportSummary> {
  return db.transaction().execute(async (trx) => {
    const summary: ImportSummary = { created: 0, updated: 0, aliasesAdded: 0, parentsLinked: 0, unknownParents: [] };
    const idOf = new Map<ImportedEntity, number>();
    for (const e of list) {
      let id = await findExisting(trx, e);
      if (id === null) {
        id = await findOrCreateCompany(trx, e.name, 'imported');
        summary.created++;
      } else {
        const before = await trx.selectFrom('entities').select(['canonical', 'origin']).where('id', '=', id).executeTakeFirstOrThrow();
        const free = !(await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('canonical', '=', e.name).where('id', '<>', id).executeTakeFirst());
        // A reviewer's name stands; an extracted one gives way to the knowledge base's.
        if (before.origin !== 'reviewer' && before.canonical !== e.name && free) {
          await trx.updateTable('entities').set({ canonical: e.name }).where('id', '=', id).execute();
          await trx.deleteFrom('entity_aliases').where('entity_id', '=', id).where('alias', '=', e.name).execute();
          await addAlias(trx, id, before.canonical, 'import', null);
        }
        summary.updated++;
      }
      idOf.set(e, id);
      const [main, ...more] = e.tickers;
      // A row with no identifiers sets nothing (an empty SET is not SQL).
      const ids = { ...(e.qid ? { qid: e.qid } : {}), ...(e.lei ? { lei: e.lei } : {}), ...(main ? { ticker: main.symbol, exchange: main.exchange } : {}) };
      if (Object.keys(ids).length > 0) await trx.updateTable('entities').set(ids).where('id', '=', id).execute();
      await trx.updateTable('entities').set({ origin: 'imported' }).where('id', '=', id).where('origin', '=', 'extracted').execute();
      for (const a of e.aliases) if (await addAlias(trx, id, a, 'import', null)) summary.aliasesAdded++;
      for (const t of [main, ...more]) if (t) await addAlias(trx, id, t.symbol, 'ticker', null);
    }
    for (const [e, id] of idOf) {
      if (!e.parent) continue;
      const parent =
        [...idOf.entries()].find(([o]) => o.qid === e.parent || nameKey(o.name) === nameKey(e.parent!))?.[1] ??
        (await trx.selectFrom('entities').select('id').where('type', '=', 'company').where((eb) => eb.or([eb('qid', '=', e.parent), eb('canonical', '=', e.parent)])).executeTakeFirst())?.id;
      if (parent === undefined || parent === id) summary.unknownParents.push(e.parent);
      else {
        await trx.updateTable('entities').set({ parent_id: parent }).where('id', '=', id).execute();
        summary.parentsLinked++;
      }
    }
    await rebuildEntityKeys(trx, [...idOf.values()]);
    await trx
      .insertInto('entity_decisions')
      .values({ action: 'import', reviewer: p.reviewer, entity_id: null, other_entity_id: null, alias: null, reason: p.source, facts_moved: 0, before_json: null, after_json: JSON.stringify(summary), created_at: nowIso() })
      .execute();
    return summary;
  });
}
