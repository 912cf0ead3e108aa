import { type ArticleMention, nameKey, resolveArticle, shortKeys, type Target } from '@newsfacts/entities';
import { type Kysely, sql } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';
import { lookupForKeys, rebuildEntityKeys } from './entity-keys.repository.ts';

/** A stored or new fact as company resolution reads it. */
export interface LinkableFact {
  id: number;
  type: string;
  value: string;
  text: string;
  sentence: string;
}

/**
 * Resolves an article's company facts to entities (creating those met for the first time), records
 * the aliases, acronyms and tickers they teach, sets `facts.entity_id`, keeps the reasons of the
 * mentions left unresolved, and returns each resolved company fact's entity.
 */
export async function resolveCompanyFacts(trx: Kysely<Database>, articleId: number, facts: readonly LinkableFact[]): Promise<Map<number, number>> {
  const companies = facts.filter((f) => f.type === 'company');
  const resolved = new Map<number, number>();
  if (companies.length > 0) await trx.deleteFrom('entity_unresolved').where('fact_id', 'in', companies.map((f) => f.id)).execute();
  if (companies.length === 0) return resolved;
  const mentions: ArticleMention[] = companies.map((f) => {
    const at = f.sentence.indexOf(f.text);
    return { ref: f.id, text: f.text, name: f.value, ...(at >= 0 ? { context: f.sentence, contextEnd: at + f.text.length } : {}) };
  });
  const keys = mentions.flatMap((m) => [m.text, m.name ?? ''].flatMap((n) => [nameKey(n), ...shortKeys(nameKey(n))]));
  const lookup = await lookupForKeys(trx, keys);
  const res = resolveArticle(lookup, mentions);

  const fresh: number[] = [];
  for (const e of res.newEntities) fresh.push(await findOrCreateCompany(trx, e.name));
  const idOf = (t: Target) => ('entityId' in t ? t.entityId : fresh[t.newIndex]!);
  const touched = new Set<number>(fresh);
  for (const f of res.fuller) {
    const taken = await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('canonical', '=', f.name).executeTakeFirst();
    if (taken) continue;
    const before = await trx.selectFrom('entities').select(['canonical', 'origin']).where('id', '=', f.entityId).executeTakeFirst();
    if (!before || before.origin !== 'extracted') continue;
    await trx.updateTable('entities').set({ canonical: f.name }).where('id', '=', f.entityId).execute();
    await addAlias(trx, f.entityId, before.canonical, 'mention', articleId);
    touched.add(f.entityId);
  }
  for (const a of res.aliases) {
    const id = idOf(a.target);
    if (await addAlias(trx, id, a.alias, a.source, articleId)) touched.add(id);
  }
  for (const t of res.tickers) {
    const id = idOf(t.target);
    await trx.updateTable('entities').set({ ticker: t.ticker.symbol, exchange: t.ticker.exchange }).where('id', '=', id).where('ticker', 'is', null).execute();
    if (await addAlias(trx, id, t.ticker.symbol, 'ticker', articleId)) touched.add(id);
  }
  if (touched.size > 0) await rebuildEntityKeys(trx, [...touched]);

  const now = nowIso();
  const unresolved: Database['entity_unresolved'][] = [];
  res.mentions.forEach((m, i) => {
    const fact = companies[i]!;
    if (m.target) resolved.set(fact.id, idOf(m.target));
    else unresolved.push({ fact_id: fact.id, article_id: articleId, mention: fact.text, reason: m.how, candidates_json: JSON.stringify(m.candidates ?? []), created_at: now });
  });
  const byEntity = new Map<number | null, number[]>();
  for (const f of companies) {
    const id = resolved.get(f.id) ?? null;
    byEntity.set(id, [...(byEntity.get(id) ?? []), f.id]);
  }
  for (const [entityId, ids] of byEntity) await trx.updateTable('facts').set({ entity_id: entityId }).where('id', 'in', ids).execute();
  if (unresolved.length > 0) await trx.insertInto('entity_unresolved').values(unresolved).execute();
  return resolved;
}

/** The company entity with this canonical name, created (as extracted) when there is none. */
export async function findOrCreateCompany(trx: Kysely<Database>, name: string, origin: 'extracted' | 'imported' | 'reviewer' = 'extracted'): Promise<number> {
  const existing = await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('canonical', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  // Never the id of an entity merged away: the audit and old links name it, and must not name another.
  const { rows } = await sql<{ next: number }>`
    SELECT max(coalesce((SELECT max(id) FROM entities), 0), coalesce((SELECT max(max(coalesce(entity_id, 0), coalesce(other_entity_id, 0))) FROM entity_decisions), 0)) + 1 AS next`.execute(trx);
  await trx.insertInto('entities').values({ id: rows[0]!.next, type: 'company', canonical: name, origin }).onConflict((oc) => oc.doNothing()).execute();
  const { id } = await trx.selectFrom('entities').select('id').where('type', '=', 'company').where('canonical', '=', name).executeTakeFirstOrThrow();
  return id;
}

/** Adds an alias unless the entity already has it (or is so named); true when something was added. */
export async function addAlias(trx: Kysely<Database>, entityId: number, alias: string, source: string, articleId: number | null): Promise<boolean> {
  const text = alias.trim().replace(/\s+/g, ' ');
  if (!text) return false;
  const canonical = await trx.selectFrom('entities').select('canonical').where('id', '=', entityId).executeTakeFirst();
  if (!canonical || canonical.canonical === text) return false;
  const r = await trx.insertInto('entity_aliases').values({ entity_id: entityId, alias: text, source, article_id: articleId }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}
