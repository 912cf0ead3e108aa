import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A group listing shows each conflicting group's rivals (same conflict key, live, flagged):
  // at a million facts that is ~40 groups per key, read from this index alone instead of one table
  // row each. It replaces fact_groups_conflict (its first column), so writers keep one index here.
  await sql`CREATE INDEX fact_groups_conflict_rivals ON fact_groups(conflict_key, conflict, source_count, value_num)`.execute(db);
  await sql`DROP INDEX IF EXISTS fact_groups_conflict`.execute(db);
}
