import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

export interface ArticleListing {
  id: number;
  url: string;
  canonical_url: string;
  title: string | null;
  published: string | null;
  is_article: number;
  /** How the body was found (content, fallback, none) and why it is empty or unsure. */
  extraction: string;
  extraction_note: string | null;
  not_article_reason: string | null;
  body_text: string;
  /** Facts the caps left out (see core's limits.ts), and why. */
  facts_dropped: number;
  facts_dropped_reason: string | null;
  /** Shared by every copy of one story (migration 0013). */
  origin_id: number | null;
  origin_outlet: string | null;
}

export async function listArticles(db: Kysely<Database>): Promise<ArticleListing[]> {
  return db
    .selectFrom('articles')
    .select(['id', 'url', 'canonical_url', 'title', 'published', 'is_article', 'extraction', 'extraction_note', 'not_article_reason', 'body_text', 'facts_dropped', 'facts_dropped_reason', 'origin_id', 'origin_outlet'])
    .orderBy('id')
    .execute();
}
