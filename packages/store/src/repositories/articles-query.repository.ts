import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

export interface ArticleListing {
  id: number;
  url: string;
  canonical_url: string;
  title: string | null;
  published: string | null;
  body_text: string;
  /** Shared by every copy of one story (migration 0013). */
  origin_id: number | null;
  origin_outlet: string | null;
}

export async function listArticles(db: Kysely<Database>): Promise<ArticleListing[]> {
  return db
    .selectFrom('articles')
    .select(['id', 'url', 'canonical_url', 'title', 'published', 'body_text', 'origin_id', 'origin_outlet'])
    .orderBy('id')
    .execute();
}
