import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleResult, CleanDoc } from '@newsfacts/core';
import { originEvidence } from '@newsfacts/origins';
import type { Kysely, Transaction } from 'kysely';
import { nowIso } from '../clock.ts';
import type { ArticleRow, Database } from '../database.ts';
import { replaceFacts, type ReviewThresholdOptions } from './fact-writes.repository.ts';
import { recordFetch } from './fetches.repository.ts';
import { assignOrigin } from './origins.repository.ts';

export { replaceFacts } from './fact-writes.repository.ts';

export type SaveArticleOptions = ReviewThresholdOptions;

export interface SaveArticleSummary {
  articleId: number;
  /** `new`: first time stored; `updated`: content or extractor changed; `unchanged`: a retry or re-poll. */
  outcome: 'new' | 'updated' | 'unchanged' | 'duplicate-content';
  factsInserted: number;
  /** The inserted facts per type (tonnage, percentage, ...), for the facts-written metric. */
  factsInsertedByType: Record<string, number>;
  factsRetired: number;
}

/** The fetched page as the article keeps it: gzipped HTML and the sha256 of the HTML text. */
export interface PageSnapshot {
  gz: Buffer;
  hash: string;
}

/**
 * An extraction result to store. Its page comes either as HTML, compressed here, or as a snapshot
 * already compressed (the page blob the fetch stage wrote); with neither, an existing article keeps
 * the snapshot it has and a new one is stored without (it cannot be re-extracted later). The
 * document's blocks are not stored.
 */
export type ArticleToSave = Omit<ArticleResult, 'html' | 'doc'> & { doc: Omit<CleanDoc, 'blocks'>; html?: string; snapshot?: PageSnapshot | null };

/** What the write path needs of a stored article (not its body or snapshot). */
const EXISTING_COLUMNS = ['id', 'content_hash', 'extractor_version', 'feed_id'] as const;
type ExistingArticle = Pick<ArticleRow, (typeof EXISTING_COLUMNS)[number]>;

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * Writes an article and its facts in one transaction: a crash leaves either all of it or none.
 * Keyed on the canonical URL (and the body's hash for the same story under another URL), so running
 * the same job twice writes each fact once.
 */
export async function saveArticleResult(
  db: Kysely<Database>,
  result: ArticleToSave,
  options: SaveArticleOptions,
): Promise<SaveArticleSummary> {
  return db.transaction().execute((trx) => saveInTransaction(trx, result, options));
}

/**
 * Several articles in one transaction (group commit): one commit, one full-text flush and one WAL
 * sync for the lot. All or none are saved; each gets the summary it would have had alone.
 */
export async function saveArticleResults(
  db: Kysely<Database>,
  results: readonly ArticleToSave[],
  options: SaveArticleOptions,
): Promise<SaveArticleSummary[]> {
  return db.transaction().execute(async (trx) => {
    const summaries: SaveArticleSummary[] = [];
    for (const result of results) summaries.push(await saveInTransaction(trx, result, options));
    return summaries;
  });
}

async function saveInTransaction(trx: Transaction<Database>, result: ArticleToSave, options: SaveArticleOptions): Promise<SaveArticleSummary> {
  await recordFetchIfFeedExists(trx, result);
  const contentHash = sha256(result.doc.bodyText);
  const existing = await trx.selectFrom('articles').select(EXISTING_COLUMNS).where('canonical_url', '=', result.canonicalUrl).executeTakeFirst();
  if (!existing && result.doc.bodyText.length > 0) {
    const sameBody = await trx.selectFrom('articles').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
    if (sameBody) {
      await linkFeedItem(trx, result, sameBody.id);
      return { articleId: sameBody.id, outcome: 'duplicate-content', factsInserted: 0, factsInsertedByType: {}, factsRetired: 0 };
    }
  }
  if (existing && existing.content_hash === contentHash && existing.extractor_version === result.extractorVersion) {
    await linkFeedItem(trx, result, existing.id);
    return { articleId: existing.id, outcome: 'unchanged', factsInserted: 0, factsInsertedByType: {}, factsRetired: 0 };
  }
  const articleId = existing ? await updateArticle(trx, existing, result, contentHash) : await insertArticle(trx, result, contentHash);
  await linkFeedItem(trx, result, articleId);
  // A quarantined article that got through after all (an operator retried its failed job) is no longer held back.
  await trx.deleteFrom('quarantined_articles').where((eb) => eb.or([eb('canonical_url', '=', result.canonicalUrl), eb('url', '=', result.url)])).execute();
  await assignOrigin(trx, originArticle(articleId, result));
  const { inserted, retired, insertedByType } = await replaceFacts(trx, articleId, result.facts, options);
  return { articleId, outcome: existing ? 'updated' : 'new', factsInserted: inserted, factsInsertedByType: insertedByType, factsRetired: retired };
}

function pageHtml(result: ArticleToSave): string | null {
  if (result.html !== undefined) return result.html;
  if (!result.snapshot) return null;
  try {
    return gunzipSync(result.snapshot.gz).toString('utf8');
  } catch {
    return null;
  }
}

function siteOf(result: ArticleToSave): string | null {
  const named = result.doc.metadata.siteName?.value;
  if (named) return named;
  try {
    return new URL(result.finalUrl).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** What the origin step needs of an article being stored. */
function originArticle(id: number, result: ArticleToSave) {
  const { doc } = result;
  return {
    id,
    url: result.finalUrl,
    canonicalUrl: result.canonicalUrl,
    published: doc.published ?? result.itemPublished,
    site: siteOf(result),
    evidence: originEvidence({
      // An index or error page is no story: it gets an origin of its own and no bands.
      bodyText: doc.isArticle ? doc.bodyText : '',
      html: pageHtml(result),
      url: result.finalUrl,
      declaredCanonical: doc.metadata.canonicalUrl?.value ?? doc.canonicalUrl,
      feedSource: result.itemSource ?? null,
    }),
  };
}

function pageSnapshot(result: ArticleToSave): PageSnapshot | null {
  if (result.snapshot) return result.snapshot;
  return result.html === undefined ? null : { gz: gzipSync(result.html), hash: sha256(result.html) };
}

function articleColumns(result: ArticleToSave, contentHash: string) {
  const { doc } = result;
  const meta = doc.metadata;
  const snapshot = pageSnapshot(result);
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
    ...(snapshot ? { html_gz: snapshot.gz, html_hash: snapshot.hash } : {}),
    is_article: doc.isArticle ? 1 : 0,
    not_article_reason: doc.notArticleReason,
    extraction: doc.extraction ?? 'content',
    extraction_note: doc.extractionNote ?? null,
    captions_json: JSON.stringify(doc.captions),
    metadata_json: JSON.stringify(meta),
    extractor_version: result.extractorVersion,
    facts_dropped: result.factsDropped ?? 0,
    facts_dropped_reason: result.factsDroppedReason ?? null,
    boilerplate_version: doc.boilerplateVersion,
    fetched_at: result.fetch.fetchedAt,
  };
}

async function insertArticle(trx: Transaction<Database>, result: ArticleToSave, contentHash: string): Promise<number> {
  const now = nowIso();
  const row = await trx
    .insertInto('articles')
    .values({ ...articleColumns(result, contentHash), canonical_url: result.canonicalUrl, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function updateArticle(trx: Transaction<Database>, existing: ExistingArticle, result: ArticleToSave, contentHash: string): Promise<number> {
  await trx
    .updateTable('articles')
    .set({ ...articleColumns(result, contentHash), feed_id: existing.feed_id ?? result.feedId, updated_at: nowIso() })
    .where('id', '=', existing.id)
    .execute();
  return existing.id;
}

async function recordFetchIfFeedExists(trx: Transaction<Database>, result: ArticleToSave): Promise<void> {
  const feedId = await existingFeedId(trx, result.feedId);
  await recordFetch(trx, { ...result.fetch, feedId }, fetchNote(result.doc));
}

/** What the fetch log says of an article page that did not simply give an article. */
export function fetchNote(doc: Pick<CleanDoc, 'isArticle' | 'notArticleReason' | 'extraction' | 'extractionNote'>): string | null {
  if (!doc.isArticle) return `not an article: ${doc.notArticleReason ?? 'no reason given'}${doc.extraction === 'none' ? ' (empty body)' : ''}`;
  if (doc.extraction === 'fallback') return `body from the extraction fallback: ${doc.extractionNote ?? 'no reason given'}`;
  return doc.extractionNote ? `article kept in doubt: ${doc.extractionNote}` : null;
}

async function existingFeedId(trx: Transaction<Database>, feedId: number | null): Promise<number | null> {
  if (feedId === null) return null;
  const feed = await trx.selectFrom('feeds').select('id').where('id', '=', feedId).executeTakeFirst();
  return feed ? feed.id : null;
}

async function linkFeedItem(trx: Transaction<Database>, result: ArticleToSave, articleId: number): Promise<void> {
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
