import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // A new figure is checked against the trusted figures of its series (type, unit, metric, subject,
  // partner), newest first: equal on the series columns, then ordered by id, so the lookup walks one
  // short index range at a million facts; the columns the check reads follow (status too, which SQLite
  // reads to confirm the partial condition), so it never touches the table. Partial: only trusted facts that name a metric and a subject are series members, which keeps
  // the index small and its writes few.
  await sql`
    CREATE INDEX facts_trusted_series ON facts(type, unit, metric, subject, partner, id, article_id, kind, period, value_num, status)
    WHERE status IN ('auto-accepted', 'approved') AND metric IS NOT NULL AND subject IS NOT NULL`.execute(db);
}
