import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Facts the per-sentence and per-article caps left out of an article, and which caps: a limit that
  // is hit is recorded where operators look, not applied in silence.
  await sql`ALTER TABLE articles ADD COLUMN facts_dropped INTEGER NOT NULL DEFAULT 0`.execute(db);
  await sql`ALTER TABLE articles ADD COLUMN facts_dropped_reason TEXT`.execute(db);
  // Items a poll listed beyond the per-poll cap; later polls take them, oldest first.
  await sql`ALTER TABLE feed_items ADD COLUMN deferred INTEGER NOT NULL DEFAULT 0`.execute(db);
  await sql`CREATE INDEX feed_items_deferred ON feed_items(feed_id, first_seen_at) WHERE deferred = 1`.execute(db);
  // Articles whose work failed for good (or died with its process twice): never fetched again until
  // an operator retries them, so one poison page cannot take the pipeline down on every poll.
  await sql`
    CREATE TABLE quarantined_articles (
      canonical_url TEXT PRIMARY KEY,
      url TEXT NOT NULL,
      feed_id INTEGER,
      guid TEXT,
      queue TEXT NOT NULL,
      reason TEXT NOT NULL,
      failures INTEGER NOT NULL DEFAULT 1,
      quarantined_at TEXT NOT NULL,
      last_failed_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX quarantined_articles_url ON quarantined_articles(url)`.execute(db);
}
