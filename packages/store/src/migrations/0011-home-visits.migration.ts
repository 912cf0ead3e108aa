import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The home page says what arrived since a user's last visit. Ids grow with arrival, so the last
  // article and fact id seen are enough, and "since" is a range of the primary key, not a scan.
  await sql`
    CREATE TABLE home_visits (
      user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      visited_at TEXT NOT NULL,
      last_article_id INTEGER NOT NULL,
      last_fact_id INTEGER NOT NULL
    )`.execute(db);
}
