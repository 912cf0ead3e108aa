import { type Kysely, sql } from 'kysely';

// Forward-only. Review queue: leases so two reviewers never hold the same fact, web sessions,
// and a link from an undo row to the decision it takes back (reviews stay append-only).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE review_leases (
      fact_id INTEGER PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
      reviewer TEXT NOT NULL,
      leased_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX review_leases_reviewer ON review_leases(reviewer, expires_at)`.execute(db);
  await sql`ALTER TABLE reviews ADD COLUMN undoes_id INTEGER`.execute(db);
  // One decision can touch several facts (a corroborated group); undo takes the whole batch back.
  await sql`ALTER TABLE reviews ADD COLUMN batch_id TEXT`.execute(db);
  await sql`CREATE INDEX reviews_undoes ON reviews(undoes_id) WHERE undoes_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX reviews_batch ON reviews(batch_id)`.execute(db);
  await sql`CREATE INDEX reviews_reviewer ON reviews(reviewer, id)`.execute(db);
  await sql`
    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token TEXT NOT NULL,
      created_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    )`.execute(db);
}
