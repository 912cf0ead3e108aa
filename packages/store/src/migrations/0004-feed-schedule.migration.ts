import { type Kysely, sql } from 'kysely';

// Forward-only. What a feed asks of our schedule (skipHours/skipDays) and why its next check is when it is.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE feeds ADD COLUMN skip_hours_json TEXT`.execute(db);
  await sql`ALTER TABLE feeds ADD COLUMN skip_days_json TEXT`.execute(db);
  await sql`ALTER TABLE feeds ADD COLUMN next_check_reason TEXT`.execute(db);
  await sql`CREATE INDEX feeds_due ON feeds(status, next_check_at)`.execute(db);
}
