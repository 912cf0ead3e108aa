import { type EntityLookup, entityKeyRows, type EntitySummary, type KeyRow, nameKey, registeredKeys } from '@newsfacts/entities';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

const CHUNK = 500;

/** The names, aliases and tickers of some entities, as the key builder reads them. */
async function entityNames(db: Kysely<Database>, ids: readonly number[]) {
  const out = new Map<number, { id: number; name: string; aliases: string[]; tickers: string[] }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    for (const e of await db.selectFrom('entities').select(['id', 'canonical', 'ticker']).where('id', 'in', part).execute()) {
      out.set(e.id, { id: e.id, name: e.canonical, aliases: [], tickers: e.ticker ? [e.ticker] : [] });
    }
    for (const a of await db.selectFrom('entity_aliases').select(['entity_id', 'alias', 'source']).where('entity_id', 'in', part).execute()) {
      const e = out.get(a.entity_id);
      if (!e) continue;
      // A ticker finds its company as a ticker, never as a name: "ASM" the ticker is not "ASM" the word.
      if (a.source === 'ticker') e.tickers.push(a.alias);
      else e.aliases.push(a.alias);
    }
  }
  return out;
}

/** Rebuilds the lookup keys of these entities from their current names, aliases and tickers. */
export async function rebuildEntityKeys(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) await db.deleteFrom('entity_keys').where('entity_id', 'in', unique.slice(i, i + CHUNK)).execute();
  const rows = [...(await entityNames(db, unique)).values()].flatMap((e) => entityKeyRows(e));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('entity_keys')
      .values(rows.slice(i, i + CHUNK).map((r) => ({ key: r.key, entity_id: r.entityId, strength: r.strength })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * What the resolver may ask about the given keys, read from the store in a few statements: the
 * company entities those keys point at, and the names of each.
 */
export async function lookupForKeys(db: Kysely<Database>, keys: Iterable<string>): Promise<EntityLookup> {
  const wanted = [...new Set(keys)].filter(Boolean);
  const byKey = new Map<string, KeyRow[]>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await db
      .selectFrom('entity_keys')
      .innerJoin('entities', 'entities.id', 'entity_keys.entity_id')
      .select(['entity_keys.key', 'entity_keys.entity_id', 'entity_keys.strength'])
      .where('entities.type', '=', 'company')
      .where('entity_keys.key', 'in', wanted.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), { key: r.key, entityId: r.entity_id, strength: r.strength }]);
  }
  const ids = [...new Set([...byKey.values()].flat().map((r) => r.entityId))];
  const summaries = new Map<number, EntitySummary>();
  for (const e of (await entityNames(db, ids)).values()) {
    const names = [e.name, ...e.aliases];
    summaries.set(e.id, { id: e.id, name: e.name, nameKeys: [...new Set(names.map(nameKey))], registeredKeys: registeredKeys(names) });
  }
  return { hits: (key) => byKey.get(key) ?? [], entity: (id) => summaries.get(id) };
}
