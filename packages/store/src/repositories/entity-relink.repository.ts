import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';
import { type LinkableFact, resolveCompanyFacts } from './company-links.repository.ts';
import { rebuildEntityKeys } from './entity-keys.repository.ts';

export interface RelinkSummary {
  articles: number;
  companyFacts: number;
  resolved: number;
  unresolved: number;
  entities: number;
}

// Articles resolved per transaction: a long relink never holds the writer's lock for long.
const ARTICLES_PER_TRANSACTION = 50;

/**
 * Resolves every stored company fact again with the current rules and knowledge: entities the
 * extraction made are rebuilt from their mentions, imported and reviewed ones (with the merges,
 * splits and names reviewers decided) are kept and matched first. Articles are taken in id order,
 * as the store first received them.
 */
export async function relinkCompanies(db: Kysely<Database>, p: { reviewer: string; onProgress?: (done: number, total: number) => void }): Promise<RelinkSummary> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('entity_unresolved').execute();
    await trx.deleteFrom('entities').where('type', '=', 'company').where('origin', '=', 'extracted').execute();
    const kept = await trx.selectFrom('entities').select('id').where('type', '=', 'company').execute();
    await rebuildEntityKeys(trx, kept.map((e) => e.id));
  });
  const articleIds = (await db.selectFrom('facts').select('article_id').distinct().where('type', '=', 'company').where('status', '<>', 'retired').orderBy('article_id').execute()).map((r) => r.article_id);
  const summary: RelinkSummary = { articles: articleIds.length, companyFacts: 0, resolved: 0, unresolved: 0, entities: 0 };
  for (let i = 0; i < articleIds.length; i += ARTICLES_PER_TRANSACTION) {
    await db.transaction().execute(async (trx) => {
      for (const articleId of articleIds.slice(i, i + ARTICLES_PER_TRANSACTION)) {
        const facts = await trx.selectFrom('facts').select(['id', 'type', 'value_text', 'text', 'sentence']).where('article_id', '=', articleId).where('status', '<>', 'retired').execute();
        const linkable: LinkableFact[] = facts.map((f) => ({ id: f.id, type: f.type, value: f.value_text ?? '', text: f.text, sentence: f.sentence }));
        const companyOf = await resolveCompanyFacts(trx, articleId, linkable);
        await relinkArticle(trx, linkable, companyOf);
        const companies = linkable.filter((f) => f.type === 'company').length;
        summary.companyFacts += companies;
        summary.resolved += companyOf.size;
        summary.unresolved += companies - companyOf.size;
      }
    });
    p.onProgress?.(Math.min(i + ARTICLES_PER_TRANSACTION, articleIds.length), articleIds.length);
  }
  const { n } = await db.selectFrom('entities').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'company').executeTakeFirstOrThrow();
  summary.entities = Number(n);
  await db
    .insertInto('entity_decisions')
    .values({ action: 'relink', reviewer: p.reviewer, entity_id: null, other_entity_id: null, alias: null, reason: null, facts_moved: summary.resolved, before_json: null, after_json: JSON.stringify(summary), created_at: nowIso() })
    .execute();
  return summary;
}

/** Replaces an article's company links: each company fact to its entity, each other fact to the companies of its sentence. */
async function relinkArticle(trx: Kysely<Database>, facts: readonly LinkableFact[], companyOf: ReadonlyMap<number, number>): Promise<void> {
  const ids = facts.map((f) => f.id);
  if (ids.length === 0) return;
  await trx
    .deleteFrom('fact_entities')
    .where('fact_id', 'in', ids)
    .where('entity_id', 'in', (eb) => eb.selectFrom('entities').select('id').where('type', '=', 'company'))
    .execute();
  const bySentence = new Map<string, Set<number>>();
  for (const f of facts) {
    const e = companyOf.get(f.id);
    if (e !== undefined) bySentence.set(f.sentence, (bySentence.get(f.sentence) ?? new Set()).add(e));
  }
  const rows: { fact_id: number; entity_id: number; role: string }[] = [];
  for (const f of facts) {
    if (f.type === 'company') {
      const e = companyOf.get(f.id);
      if (e !== undefined) rows.push({ fact_id: f.id, entity_id: e, role: 'mention' });
    } else if (f.type !== 'country') {
      for (const e of bySentence.get(f.sentence) ?? []) rows.push({ fact_id: f.id, entity_id: e, role: 'context' });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('fact_entities').values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
}
