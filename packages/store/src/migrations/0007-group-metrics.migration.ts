import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The metrics named by a group's live members, kept on the group: deciding whether groups of one
  // figure conflict then reads one row per group instead of every member fact, which grew with
  // every story that repeated the figure.
  await sql`ALTER TABLE fact_groups ADD COLUMN metrics_json TEXT NOT NULL DEFAULT '[]'`.execute(db);
  await sql`
    UPDATE fact_groups SET metrics_json = (
      SELECT json_group_array(DISTINCT metric) FROM facts
      WHERE facts.group_id = fact_groups.id AND facts.status IN ('pending', 'auto-accepted', 'approved') AND facts.metric IS NOT NULL
    )`.execute(db);
}
