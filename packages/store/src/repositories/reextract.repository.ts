import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';
import type { ArticleToSave } from './articles.repository.ts';
import { type ReviewThresholdOptions, replaceFacts } from './fact-writes.repository.ts';

export interface ReextractSelection {
  /** Articles stored with another extractor version than this one are re-extracted. */
  currentVersion: string;
  /** Only articles fetched at or after this date or timestamp. */
  since?: string;
  /** Re-extract even articles already at the current version. */
  all?: boolean;
}

function selection(db: Kysely<Database>, s: ReextractSelection) {
  let q = db.selectFrom('articles').where('html_gz', 'is not', null);
  if (!s.all) q = q.where('extractor_version', '!=', s.currentVersion);
  if (s.since) q = q.where('fetched_at', '>=', s.since);
  return q;
}

export async function countArticlesToReextract(db: Kysely<Database>, s: ReextractSelection): Promise<number> {
  const row = await selection(db, s).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Ids in order, a page at a time, so that a store of any size is walked with flat memory. */
export async function* articlesToReextract(db: Kysely<Database>, s: ReextractSelection, pageSize = 500): AsyncGenerator<number> {
  let after = 0;
  for (;;) {
    const rows = await selection(db, s).select('id').where('id', '>', after).orderBy('id').limit(pageSize).execute();
    for (const r of rows) yield r.id;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}

/** What re-running the pipeline on a stored article needs: its HTML snapshot and how it was listed. */
export interface ArticleSnapshot {
  id: number;
  url: string;
  canonicalUrl: string;
  feedId: number | null;
  guid: string | null;
  itemTitle: string | null;
  itemPublished: string | null;
  html: string;
  fetchedAt: string;
  extractorVersion: string;
}

export async function loadArticleSnapshot(db: Kysely<Database>, id: number): Promise<ArticleSnapshot | undefined> {
  const a = await db.selectFrom('articles').select(['id', 'url', 'canonical_url', 'feed_id', 'html_gz', 'fetched_at', 'extractor_version']).where('id', '=', id).executeTakeFirst();
  if (!a?.html_gz) return undefined;
  const item = await db.selectFrom('feed_items').select(['guid', 'title', 'published']).where('article_id', '=', id).orderBy('first_seen_at').executeTakeFirst();
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonical_url,
    feedId: a.feed_id,
    guid: item?.guid ?? null,
    itemTitle: item?.title ?? null,
    itemPublished: item?.published ?? null,
    html: gunzipSync(a.html_gz).toString('utf8'),
    fetchedAt: a.fetched_at,
    extractorVersion: a.extractor_version,
  };
}

/**
 * Writes a re-extraction of a stored article onto the same row (its URL, canonical URL and snapshot
 * stay), then replaces its facts: persisting facts keep their id, status and reviews; facts no
 * longer found are retired. One transaction per article, so an interrupted run resumes cleanly.
 */
export async function applyReextraction(
  db: Kysely<Database>,
  articleId: number,
  result: Pick<ArticleToSave, 'doc' | 'facts' | 'extractorVersion' | 'itemTitle' | 'itemPublished'>,
  options: ReviewThresholdOptions,
): Promise<{ inserted: number; retired: number }> {
  const { doc } = result;
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('articles')
      .set({
        title: doc.title ?? result.itemTitle,
        published: doc.published ?? result.itemPublished,
        published_source: doc.metadata.published?.source ?? (result.itemPublished ? 'feed' : null),
        modified: doc.metadata.modified?.value ?? null,
        author: doc.metadata.author?.value ?? null,
        site_name: doc.metadata.siteName?.value ?? null,
        lang: doc.lang,
        body_text: doc.bodyText,
        content_hash: createHash('sha256').update(doc.bodyText).digest('hex'),
        is_article: doc.isArticle ? 1 : 0,
        not_article_reason: doc.notArticleReason,
        extraction: doc.extraction ?? 'content',
        extraction_note: doc.extractionNote ?? null,
        captions_json: JSON.stringify(doc.captions),
        metadata_json: JSON.stringify(doc.metadata),
        extractor_version: result.extractorVersion,
        boilerplate_version: doc.boilerplateVersion,
        updated_at: nowIso(),
      })
      .where('id', '=', articleId)
      .execute();
    const { inserted, retired } = await replaceFacts(trx, articleId, result.facts, options);
    return { inserted, retired };
  });
}
