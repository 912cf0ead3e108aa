import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
// Adds what researchers' queries need: full-text search, corroboration keys, filter indexes.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Corroboration: a group is one figure (type, value, unit, period, subject, partner); groups
  // sharing a conflict_key (everything but the value) that disagree are flagged as conflicts.
  await sql`ALTER TABLE fact_groups ADD COLUMN partner TEXT`.execute(db);
  await sql`ALTER TABLE fact_groups ADD COLUMN kind TEXT`.execute(db);
  await sql`ALTER TABLE fact_groups ADD COLUMN direction TEXT`.execute(db);
  await sql`ALTER TABLE fact_groups ADD COLUMN conflict_key TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`ALTER TABLE fact_groups ADD COLUMN fact_count INTEGER NOT NULL DEFAULT 0`.execute(db);
  await sql`CREATE INDEX fact_groups_conflict ON fact_groups(conflict_key)`.execute(db);

  // A period as the date range it covers, so that --from/--to compare by overlap on an index:
  // "2025" -> 2025-01-01..2025-12-31, "2025-Q3" -> 2025-07-01..2025-09-31, "2025-09" -> 2025-09-01..2025-09-31.
  // Month ends are lexical ("-31"), which orders correctly for every month.
  await sql`
    ALTER TABLE facts ADD COLUMN period_start TEXT GENERATED ALWAYS AS (CASE
      WHEN period GLOB '[0-9][0-9][0-9][0-9]' THEN period || '-01-01'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' THEN substr(period, 1, 5) || printf('%02d', (CAST(substr(period, 7, 1) AS INTEGER) - 1) * 3 + 1) || '-01'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-H[12]' THEN substr(period, 1, 5) || CASE substr(period, 7, 1) WHEN '1' THEN '01' ELSE '07' END || '-01'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN period || '-01'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(period, 1, 10)
    END) VIRTUAL`.execute(db);
  await sql`
    ALTER TABLE facts ADD COLUMN period_end TEXT GENERATED ALWAYS AS (CASE
      WHEN period GLOB '[0-9][0-9][0-9][0-9]' THEN period || '-12-31'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' THEN substr(period, 1, 5) || printf('%02d', CAST(substr(period, 7, 1) AS INTEGER) * 3) || '-31'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-H[12]' THEN substr(period, 1, 5) || CASE substr(period, 7, 1) WHEN '1' THEN '06' ELSE '12' END || '-31'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' THEN period || '-31'
      WHEN period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(period, 1, 10)
    END) VIRTUAL`.execute(db);
  await sql`CREATE INDEX facts_period_range ON facts(period_start, period_end)`.execute(db);
  // Superseded by facts_type_period (typed queries) and facts_period_range (--from/--to): one
  // index less to maintain on every insert.
  await sql`DROP INDEX IF EXISTS facts_period`.execute(db);

  // Filter indexes: type + period (series), type + value (--min/--max), article's feed, re-extraction.
  await sql`CREATE INDEX facts_type_period ON facts(type, period)`.execute(db);
  await sql`CREATE INDEX facts_type_value ON facts(type, value_num)`.execute(db);
  await sql`CREATE INDEX articles_feed ON articles(feed_id)`.execute(db);
  await sql`CREATE INDEX articles_extractor ON articles(extractor_version)`.execute(db);
  // --country/--company read the fact ids of an entity: covered by this index, in fact-id order.
  await sql`CREATE INDEX fact_entities_entity_fact ON fact_entities(entity_id, fact_id, role)`.execute(db);
  await sql`DROP INDEX IF EXISTS fact_entities_entity`.execute(db);
  await sql`CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE)`.execute(db);

  // One full-text row per fact: its sentence and its article's title, so that each search term may
  // match either ("magnet" in the headline, "exports" in the sentence). Contentless: the text lives
  // in facts and articles; triggers keep the index in step with both.
  await sql`
    CREATE VIRTUAL TABLE fact_search USING fts5(
      sentence, title, content='', contentless_delete=1,
      tokenize='porter unicode61 remove_diacritics 2'
    )`.execute(db);
  await sql`
    CREATE TRIGGER facts_search_insert AFTER INSERT ON facts BEGIN
      INSERT INTO fact_search(rowid, sentence, title)
      VALUES (new.id, new.sentence, (SELECT title FROM articles WHERE id = new.article_id));
    END`.execute(db);
  await sql`CREATE TRIGGER facts_search_delete AFTER DELETE ON facts BEGIN DELETE FROM fact_search WHERE rowid = old.id; END`.execute(db);
  await sql`
    CREATE TRIGGER facts_search_update AFTER UPDATE OF sentence ON facts BEGIN
      DELETE FROM fact_search WHERE rowid = old.id;
      INSERT INTO fact_search(rowid, sentence, title)
      VALUES (new.id, new.sentence, (SELECT title FROM articles WHERE id = new.article_id));
    END`.execute(db);
  await sql`
    CREATE TRIGGER articles_search_title AFTER UPDATE OF title ON articles
    WHEN old.title IS NOT new.title BEGIN
      DELETE FROM fact_search WHERE rowid IN (SELECT id FROM facts WHERE article_id = new.id);
      INSERT INTO fact_search(rowid, sentence, title) SELECT id, sentence, new.title FROM facts WHERE article_id = new.id;
    END`.execute(db);
  await sql`
    INSERT INTO fact_search(rowid, sentence, title)
    SELECT facts.id, facts.sentence, articles.title FROM facts JOIN articles ON articles.id = facts.article_id`.execute(db);
}
