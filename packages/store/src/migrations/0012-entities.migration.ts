import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Identifiers a knowledge base gives, the parent company, and who set the canonical name: an
  // extracted entity may be renamed by later evidence, an imported or reviewed one never is.
  await sql`ALTER TABLE entities ADD COLUMN qid TEXT`.execute(db);
  await sql`ALTER TABLE entities ADD COLUMN lei TEXT`.execute(db);
  await sql`ALTER TABLE entities ADD COLUMN ticker TEXT`.execute(db);
  await sql`ALTER TABLE entities ADD COLUMN exchange TEXT`.execute(db);
  await sql`ALTER TABLE entities ADD COLUMN parent_id INTEGER REFERENCES entities(id) ON DELETE SET NULL`.execute(db);
  await sql`ALTER TABLE entities ADD COLUMN origin TEXT NOT NULL DEFAULT 'extracted'`.execute(db);
  await sql`CREATE INDEX entities_qid ON entities(qid) WHERE qid IS NOT NULL`.execute(db);
  // Where an alias was seen: how it was learnt (a mention, an acronym or ticker defined in brackets,
  // an import, a reviewer) and the first article that showed it.
  await sql`ALTER TABLE entity_aliases ADD COLUMN source TEXT NOT NULL DEFAULT 'mention'`.execute(db);
  await sql`ALTER TABLE entity_aliases ADD COLUMN article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL`.execute(db);
  // The keys resolution looks names up by (name keys, their short forms, tickers), derived from the
  // entity's names and rebuilt whenever they change.
  await sql`
    CREATE TABLE entity_keys (
      key TEXT NOT NULL,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      strength TEXT NOT NULL CHECK (strength IN ('name','short','ticker')),
      PRIMARY KEY (key, entity_id, strength)
    ) WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX entity_keys_entity ON entity_keys(entity_id)`.execute(db);
  await sql`ALTER TABLE facts ADD COLUMN entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL`.execute(db);
  await sql`CREATE INDEX facts_entity ON facts(entity_id) WHERE entity_id IS NOT NULL`.execute(db);
  // Company mentions left without an entity, with the reason, for reviewers.
  await sql`
    CREATE TABLE entity_unresolved (
      fact_id INTEGER PRIMARY KEY REFERENCES facts(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      mention TEXT NOT NULL,
      reason TEXT NOT NULL,
      candidates_json TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE entity_decisions (
      id INTEGER PRIMARY KEY,
      action TEXT NOT NULL CHECK (action IN ('merge','split','rename','import','relink')),
      reviewer TEXT NOT NULL,
      entity_id INTEGER,
      other_entity_id INTEGER,
      alias TEXT,
      before_json TEXT,
      after_json TEXT,
      reason TEXT,
      facts_moved INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX entity_decisions_entity ON entity_decisions(entity_id, created_at)`.execute(db);
}
