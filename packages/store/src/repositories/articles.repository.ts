import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ArticleResult, Fact } from '@newsfacts/core';
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../clock.ts';
import type { ArticleRow, Database } from '../database.ts';
import { keyFacts } from '../fact-key.ts';
import { upsertEntity } from './entities.repository.ts';
import { recordFetch } from './fetches.repository.ts';

export interface SaveArticleOptions {
  /** Facts at or above it are auto-accepted; below it they wait for a reviewer. */
  reviewThreshold: number;
}

export interface SaveArticleSummary {
  articleId: number;
  /** `new`: first time stored; `updated`: content or extractor changed; `unchanged`: a retry or re-poll. */
  outcome: 'new' | 'updated' | 'unchanged' | 'duplicate-content';
  factsInserted: number;
  factsRetired: number;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * Writes an article and its facts in one transaction: a crash leaves either all of it or none.
 * Keyed on the canonical URL (and the body's hash for the same story under another URL), so running
 * the same job twice writes each fact once.
 */
export async function saveArticleResult(
  db: Kysely<Database>,
  result: ArticleResult,
  options: SaveArticleOptions,
): Promise<SaveArticleSummary> {
  return db.transaction().execute(async (trx) => {
    await recordFetchIfFeedExists(trx, result);
    const contentHash = sha256(result.doc.bodyText);
    let existing = await trx.selectFrom('articles').selectAll().where('canonical_url', '=', result.canonicalUrl).executeTakeFirst();
    if (!existing && result.doc.bodyText.length > 0) {
      const sameBody = await trx.selectFrom('articles').selectAll().where('content_hash', '=', contentHash).executeTakeFirst();
      if (sameBody) {
        await linkFeedItem(trx, result, sameBody.id);
        return { articleId: sameBody.id, outcome: 'duplicate-content', factsInserted: 0, factsRetired: 0 };
      }
    }
    if (existing && existing.content_hash === contentHash && existing.extractor_version === result.extractorVersion) {
      await linkFeedItem(trx, result, existing.id);
      return { articleId: existing.id, outcome: 'unchanged', factsInserted: 0, factsRetired: 0 };
    }
    const articleId = existing ? await updateArticle(trx, existing, result, contentHash) : await insertArticle(trx, result, contentHash);
    await linkFeedItem(trx, result, articleId);
    const { inserted, retired } = await replaceFacts(trx, articleId, result.facts, options);
    return { articleId, outcome: existing ? 'updated' : 'new', factsInserted: inserted, factsRetired: retired };
  });
}

function articleColumns(result: ArticleResult, contentHash: string) {
  const { doc } = result;
  const meta = doc.metadata;
  return {
    url: result.finalUrl,
    feed_id: result.feedId,
    title: doc.title ?? result.itemTitle,
    published: doc.published ?? result.itemPublished,
    published_source: meta.published?.source ?? (result.itemPublished ? 'feed' : null),
    modified: meta.modified?.value ?? null,
    author: meta.author?.value ?? null,
    site_name: meta.siteName?.value ?? null,
    lang: doc.lang,
    body_text: doc.bodyText,
    content_hash: contentHash,
    html_gz: gzipSync(result.html),
    html_hash: sha256(result.html),
    is_article: doc.isArticle ? 1 : 0,
    not_article_reason: doc.notArticleReason,
    captions_json: JSON.stringify(doc.captions),
    metadata_json: JSON.stringify(meta),
    extractor_version: result.extractorVersion,
    boilerplate_version: doc.boilerplateVersion,
    fetched_at: result.fetch.fetchedAt,
  };
}

async function insertArticle(trx: Transaction<Database>, result: ArticleResult, contentHash: string): Promise<number> {
  const now = nowIso();
  const row = await trx
    .insertInto('articles')
    .values({ ...articleColumns(result, contentHash), canonical_url: result.canonicalUrl, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function updateArticle(trx: Transaction<Database>, existing: ArticleRow, result: ArticleResult, contentHash: string): Promise<number> {
  await trx
    .updateTable('articles')
    .set({ ...articleColumns(result, contentHash), feed_id: existing.feed_id ?? result.feedId, updated_at: nowIso() })
    .where('id', '=', existing.id)
    .execute();
  return existing.id;
}

async function recordFetchIfFeedExists(trx: Transaction<Database>, result: ArticleResult): Promise<void> {
  const feedId = await existingFeedId(trx, result.feedId);
  await recordFetch(trx, { ...result.fetch, feedId });
}

async function existingFeedId(trx: Transaction<Database>, feedId: number | null): Promise<number | null> {
  if (feedId === null) return null;
  const feed = await trx.selectFrom('feeds').select('id').where('id', '=', feedId).executeTakeFirst();
  return feed ? feed.id : null;
}

async function linkFeedItem(trx: Transaction<Database>, result: ArticleResult, articleId: number): Promise<void> {
  const feedId = await existingFeedId(trx, result.feedId);
  if (feedId === null) return;
  await trx
    .insertInto('feed_items')
    .values({
      feed_id: feedId,
      guid: result.guid ?? result.url,
      url: result.url,
      article_id: articleId,
      title: result.itemTitle,
      published: result.itemPublished,
      first_seen_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['feed_id', 'guid']).doUpdateSet({ article_id: articleId }))
    .execute();
}

/**
 * Inserts the facts not yet stored and retires those the new extraction no longer finds.
 * Facts whose key persists keep their row, status and reviews.
 */
export async function replaceFacts(
  trx: Transaction<Database>,
  articleId: number,
  facts: readonly Fact[],
  options: SaveArticleOptions,
): Promise<{ inserted: number; retired: number }> {
  const keyed = keyFacts(facts);
  const current = await trx.selectFrom('facts').select(['id', 'fact_key', 'status']).where('article_id', '=', articleId).execute();
  const currentKeys = new Map(current.map((f) => [f.fact_key, f]));
  const wanted = new Set(keyed.map((k) => k.key));
  const now = nowIso();
  let inserted = 0;
  for (const { fact, key } of keyed) {
    const prior = currentKeys.get(key);
    if (prior) {
      if (prior.status === 'retired') {
        await trx.updateTable('facts').set({ status: initialStatus(fact, options), retired_at: null }).where('id', '=', prior.id).execute();
      }
      continue;
    }
    const row = await trx.insertInto('facts').values(factColumns(articleId, key, fact, options, now)).returning('id').executeTakeFirstOrThrow();
    await linkEntities(trx, row.id, fact);
    inserted++;
  }
  const toRetire = current.filter((f) => !wanted.has(f.fact_key) && f.status !== 'retired').map((f) => f.id);
  if (toRetire.length > 0) {
    await trx.updateTable('facts').set({ status: 'retired', retired_at: now }).where('id', 'in', toRetire).execute();
  }
  return { inserted, retired: toRetire.length };
}

function initialStatus(fact: Fact, options: SaveArticleOptions): 'auto-accepted' | 'pending' {
  return fact.confidence >= options.reviewThreshold ? 'auto-accepted' : 'pending';
}

function factColumns(articleId: number, key: string, fact: Fact, options: SaveArticleOptions, now: string) {
  const numeric = typeof fact.value === 'number';
  return {
    article_id: articleId,
    fact_key: key,
    type: fact.type,
    value_num: numeric ? (fact.value as number) : null,
    value_text: numeric ? null : String(fact.value),
    unit: fact.unit,
    qualifier: fact.qualifier,
    direction: fact.direction,
    kind: fact.kind,
    range_min: fact.range?.min ?? null,
    range_max: fact.range?.max ?? null,
    metric: fact.measurement?.metric ?? null,
    subject: fact.measurement?.subject ?? null,
    partner: fact.measurement?.partner ?? null,
    period: fact.measurement?.period ?? (fact.type === 'date' ? String(fact.value) : null),
    text: fact.text,
    sentence: fact.sentence,
    start: fact.start,
    end: fact.end,
    confidence: fact.confidence,
    reasons_json: JSON.stringify(fact.reasons),
    status: initialStatus(fact, options),
    extractor_version: fact.extractorVersion,
    group_id: null,
    created_at: now,
    retired_at: null,
  };
}

async function linkEntities(trx: Transaction<Database>, factId: number, fact: Fact): Promise<void> {
  const links: { type: 'company' | 'country'; canonical: string; alias: string | null; role: string }[] = [];
  if (fact.type === 'company' || fact.type === 'country') {
    links.push({ type: fact.type, canonical: String(fact.value), alias: fact.text, role: 'mention' });
  }
  if (fact.measurement?.subject) links.push({ type: 'country', canonical: fact.measurement.subject, alias: null, role: 'subject' });
  if (fact.measurement?.partner) links.push({ type: 'country', canonical: fact.measurement.partner, alias: null, role: 'partner' });
  for (const link of links) {
    const entityId = await upsertEntity(trx, link.type, link.canonical, link.alias);
    await trx.insertInto('fact_entities').values({ fact_id: factId, entity_id: entityId, role: link.role }).onConflict((oc) => oc.doNothing()).execute();
  }
}
