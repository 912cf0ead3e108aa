import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
// Indexes for the two listings that walked too many rows at a million facts.
export async function up(db: Kysely<unknown>): Promise<void> {
  // --type with --from/--to: the facts of one type whose period overlaps a range, without reading
  // the facts of every other type in that range (facts_period_range) or every period (facts_type_period).
  await sql`CREATE INDEX facts_type_period_range ON facts(type, period_start, period_end)`.execute(db);
}
