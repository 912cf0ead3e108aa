import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // What a fact's calibrated confidence was computed from, so that a new fit can re-score stored
  // facts without re-reading their articles. Facts stored before this have neither (NULL).
  await sql`ALTER TABLE facts ADD COLUMN raw_confidence REAL CHECK (raw_confidence BETWEEN 0 AND 1)`.execute(db);
  await sql`ALTER TABLE facts ADD COLUMN cues_json TEXT`.execute(db);
  // Every fit `newsfacts calibrate` stored; the newest one scores new and re-extracted facts.
  await sql`
    CREATE TABLE calibration_fits (
      id INTEGER PRIMARY KEY,
      version TEXT NOT NULL UNIQUE,
      fit_json TEXT NOT NULL,
      labelled_facts INTEGER NOT NULL,
      created_at TEXT NOT NULL
    )`.execute(db);
}
