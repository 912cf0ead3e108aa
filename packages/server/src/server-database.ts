import type { Database, ReviewsTable } from '@newsfacts/store';
import type { Generated, Kysely } from 'kysely';

/** Tables added by the review migration (0003), seen from the server only. */
export interface ReviewLeasesTable {
  fact_id: number;
  reviewer: string;
  leased_at: string;
  expires_at: string;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Migration 0011: the last article and fact each user had seen on the home page. */
export interface HomeVisitsTable {
  user_id: number;
  visited_at: string;
  last_article_id: number;
  last_fact_id: number;
}

export interface ServerDatabase extends Omit<Database, 'reviews'> {
  reviews: Omit<ReviewsTable, 'id'> & { id: Generated<number>; undoes_id: number | null; batch_id: string | null };
  review_leases: ReviewLeasesTable;
  sessions: SessionsTable;
  home_visits: HomeVisitsTable;
}

export type ServerDb = Kysely<ServerDatabase>;

/** The store's handle typed with the server's tables; same connection, no second pool. */
export function asServerDb(db: Kysely<Database>): ServerDb {
  return db as unknown as ServerDb;
}

/** Back to the store's own type, for the store's repository functions. */
export function asStoreDb(db: ServerDb): Kysely<Database> {
  return db as unknown as Kysely<Database>;
}
