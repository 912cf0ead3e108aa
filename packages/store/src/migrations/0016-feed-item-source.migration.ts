import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A feed item's <source>: the outlet an aggregator took the story from. Kept on the item so that an
  // item deferred to a later poll still carries it to the origin step.
  await sql`ALTER TABLE feed_items ADD COLUMN source_url TEXT`.execute(db);
  await sql`ALTER TABLE feed_items ADD COLUMN source_name TEXT`.execute(db);
}
