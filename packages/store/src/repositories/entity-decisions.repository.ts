import { nameKey } from '@newsfacts/entities';
import { type Kysely, sql, type Transaction } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';
import { addAlias, findOrCreateCompany } from './company-links.repository.ts';
import { rebuildEntityKeys } from './entity-keys.repository.ts';

/** A reviewer's entity decision that cannot apply as asked (unknown entity, name taken…). */
export class EntityDecisionError extends Error {
  override name = 'EntityDecisionError';
}

export interface DecisionResult {
  decisionId: number;
  entityId: number;
  otherEntityId: number | null;
  factsMoved: number;
}

async function snapshot(trx: Transaction<Database>, id: number) {
  const e = await trx.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new EntityDecisionError(`no entity #${id}`);
  const aliases = await trx.selectFrom('entity_aliases').select('alias').where('entity_id', '=', id).orderBy('alias').execute();
  return { ...e, aliases: aliases.map((a) => a.alias) };
}

async function record(trx: Transaction<Database>, d: Omit<Database['entity_decisions'], 'id' | 'created_at'>): Promise<number> {
  const { id } = await trx.insertInto('entity_decisions').values({ ...d, created_at: nowIso() }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * Merges `fromId` into `intoId`: its facts, links, aliases (its name too), identifiers the target
 * lacks and child companies move over, and it is removed. The kept entity becomes a reviewer's, so
 * `entities relink` keeps the decision.
 */
export async function mergeEntities(db: Kysely<Database>, p: { fromId: number; intoId: number; reviewer: string; reason?: string | null }): Promise<DecisionResult> {
  if (p.fromId === p.intoId) throw new EntityDecisionError('an entity cannot be merged into itself');
  return db.transaction().execute(async (trx) => {
    const from = await snapshot(trx, p.fromId);
    const into = await snapshot(trx, p.intoId);
    if (from.type !== into.type) throw new EntityDecisionError(`cannot merge a ${from.type} into a ${into.type}`);
    // Where the merged name was first seen: the first article of its facts.
    const first = await trx.selectFrom('facts').select((eb) => eb.fn.min<number>('article_id').as('a')).where('entity_id', '=', from.id).executeTakeFirst();
    const moved = await trx.updateTable('facts').set({ entity_id: into.id }).where('entity_id', '=', from.id).executeTakeFirst();
    await sql`INSERT OR IGNORE INTO fact_entities (fact_id, entity_id, role) SELECT fact_id, ${into.id}, role FROM fact_entities WHERE entity_id = ${from.id}`.execute(trx);
    await sql`INSERT OR IGNORE INTO entity_aliases (entity_id, alias, source, article_id) SELECT ${into.id}, alias, source, article_id FROM entity_aliases WHERE entity_id = ${from.id} AND alias <> ${into.canonical}`.execute(trx);
    await addAlias(trx, into.id, from.canonical, 'reviewer', first?.a ?? null);
    await trx
      .updateTable('entities')
      .set({ origin: 'reviewer', qid: into.qid ?? from.qid, lei: into.lei ?? from.lei, ticker: into.ticker ?? from.ticker, exchange: into.ticker ? into.exchange : from.exchange, parent_id: into.parent_id ?? (from.parent_id === into.id ? null : from.parent_id) })
      .where('id', '=', into.id)
      .execute();
    await trx.updateTable('entities').set({ parent_id: into.id }).where('parent_id', '=', from.id).where('id', '<>', into.id).execute();
    await trx.deleteFrom('entities').where('id', '=', from.id).execute();
    await rebuildEntityKeys(trx, [into.id]);
    const factsMoved = Number(moved.numUpdatedRows);
    const after = await snapshot(trx, into.id);
    const decisionId = await record(trx, {
      action: 'merge', reviewer: p.reviewer, entity_id: into.id, other_entity_id: from.id, alias: null, reason: p.reason ?? null, facts_moved: factsMoved,
      before_json: JSON.stringify({ from, into }), after_json: JSON.stringify(after),
    });
    return { decisionId, entityId: into.id, otherEntityId: from.id, factsMoved };
  });
}

/**
 * Splits an alias off an entity into an entity of its own (named `name`, or the alias): the alias
 * and the company facts written that way move, with the figures linked to them in their sentences.
 */
export async function splitAlias(db: Kysely<Database>, p: { entityId: number; alias: string; name?: string | null; reviewer: string; reason?: string | null }): Promise<DecisionResult> {
  return db.transaction().execute(async (trx) => {
    const old = await snapshot(trx, p.entityId);
    if (old.type !== 'company') throw new EntityDecisionError('only companies can be split');
    const key = nameKey(p.alias);
    const owned = old.aliases.find((a) => a === p.alias) ?? old.aliases.find((a) => nameKey(a) === key);
    if (!owned) throw new EntityDecisionError(`"${p.alias}" is not an alias of ${old.canonical} (#${old.id}); its aliases: ${old.aliases.join(', ') || 'none'}`);
    const name = (p.name ?? owned).trim();
    if (nameKey(name) === nameKey(old.canonical)) throw new EntityDecisionError(`the new entity cannot keep the name of ${old.canonical}: rename one of them`);
    const existing = await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('canonical', '=', name).executeTakeFirst();
    if (existing) throw new EntityDecisionError(`an entity named "${name}" exists already (#${existing.id}): merge into it instead`);
    const fresh = await findOrCreateCompany(trx, name, 'reviewer');
    const aliases = old.aliases.filter((a) => nameKey(a) === key);
    await trx.deleteFrom('entity_aliases').where('entity_id', '=', old.id).where('alias', 'in', aliases).execute();
    for (const a of aliases) await addAlias(trx, fresh, a, 'reviewer', null);
    await trx.updateTable('entities').set({ origin: 'reviewer' }).where('id', '=', old.id).execute();

    const facts = await trx.selectFrom('facts').select(['id', 'article_id', 'sentence', 'text', 'value_text']).where('entity_id', '=', old.id).execute();
    const moving = facts.filter((f) => nameKey(f.text) === key || (f.value_text !== null && nameKey(f.value_text) === key));
    const ids = moving.map((f) => f.id);
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      await trx.updateTable('facts').set({ entity_id: fresh }).where('id', 'in', part).execute();
      await trx.updateTable('fact_entities').set({ entity_id: fresh }).where('fact_id', 'in', part).where('entity_id', '=', old.id).execute();
    }
    // Figures beside a moved mention follow it, unless the old name is also written in that sentence.
    const staying = new Set(facts.filter((f) => !ids.includes(f.id)).map((f) => `${f.article_id}\u0000${f.sentence}`));
    for (const f of moving) {
      if (staying.has(`${f.article_id}\u0000${f.sentence}`)) continue;
      await sql`
        UPDATE OR IGNORE fact_entities SET entity_id = ${fresh}
        WHERE entity_id = ${old.id} AND role = 'context'
          AND fact_id IN (SELECT id FROM facts WHERE article_id = ${f.article_id} AND sentence = ${f.sentence})`.execute(trx);
    }
    await rebuildEntityKeys(trx, [old.id, fresh]);
    const decisionId = await record(trx, {
      action: 'split', reviewer: p.reviewer, entity_id: old.id, other_entity_id: fresh, alias: owned, reason: p.reason ?? null, facts_moved: ids.length,
      before_json: JSON.stringify(old), after_json: JSON.stringify({ kept: await snapshot(trx, old.id), split: await snapshot(trx, fresh) }),
    });
    return { decisionId, entityId: old.id, otherEntityId: fresh, factsMoved: ids.length };
  });
}

/** Sets an entity's canonical name; the old one stays as an alias, so mentions of it still resolve. */
export async function renameEntity(db: Kysely<Database>, p: { entityId: number; name: string; reviewer: string; reason?: string | null }): Promise<DecisionResult> {
  const name = p.name.trim().replace(/\s+/g, ' ');
  if (!name) throw new EntityDecisionError('the new name is empty');
  return db.transaction().execute(async (trx) => {
    const before = await snapshot(trx, p.entityId);
    if (before.canonical === name) throw new EntityDecisionError(`#${before.id} is already named "${name}"`);
    const taken = await trx.selectFrom('entities').select('id').where('type', '=', before.type).where('canonical', '=', name).where('id', '<>', before.id).executeTakeFirst();
    if (taken) throw new EntityDecisionError(`another entity (#${taken.id}) is named "${name}": merge them instead`);
    await trx.updateTable('entities').set({ canonical: name, origin: 'reviewer' }).where('id', '=', before.id).execute();
    await trx.deleteFrom('entity_aliases').where('entity_id', '=', before.id).where('alias', '=', name).execute();
    await addAlias(trx, before.id, before.canonical, 'reviewer', null);
    await rebuildEntityKeys(trx, [before.id]);
    const decisionId = await record(trx, {
      action: 'rename', reviewer: p.reviewer, entity_id: before.id, other_entity_id: null, alias: before.canonical, reason: p.reason ?? null, facts_moved: 0,
      before_json: JSON.stringify(before), after_json: JSON.stringify(await snapshot(trx, before.id)),
    });
    return { decisionId, entityId: before.id, otherEntityId: null, factsMoved: 0 };
  });
}
