import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE feeds (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL UNIQUE,
      title TEXT,
      site_url TEXT,
      format TEXT,
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','paused')),
      paused_reason TEXT,
      interval_minutes INTEGER NOT NULL DEFAULT 15,
      etag TEXT,
      last_modified TEXT,
      ttl_minutes INTEGER,
      last_checked_at TEXT,
      last_success_at TEXT,
      last_status INTEGER,
      last_error TEXT,
      consecutive_errors INTEGER NOT NULL DEFAULT 0,
      items_seen INTEGER NOT NULL DEFAULT 0,
      next_check_at TEXT,
      created_at TEXT NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE fetches (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('feed','article','robots')),
      feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
      status INTEGER,
      bytes INTEGER,
      ms INTEGER,
      from_cache INTEGER NOT NULL DEFAULT 0,
      error TEXT,
      fetched_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX fetches_feed_time ON fetches(feed_id, fetched_at)`.execute(db);
  await sql`
    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL,
      canonical_url TEXT NOT NULL UNIQUE,
      feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
      title TEXT,
      published TEXT,
      published_source TEXT,
      modified TEXT,
      author TEXT,
      site_name TEXT,
      lang TEXT,
      body_text TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      html_gz BLOB,
      html_hash TEXT,
      is_article INTEGER NOT NULL,
      not_article_reason TEXT,
      captions_json TEXT NOT NULL DEFAULT '[]',
      metadata_json TEXT NOT NULL DEFAULT '{}',
      extractor_version TEXT NOT NULL,
      boilerplate_version TEXT NOT NULL,
      fetched_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX articles_content_hash ON articles(content_hash)`.execute(db);
  await sql`CREATE INDEX articles_published ON articles(published)`.execute(db);
  await sql`
    CREATE TABLE feed_items (
      feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
      guid TEXT NOT NULL,
      url TEXT NOT NULL,
      article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
      title TEXT,
      published TEXT,
      first_seen_at TEXT NOT NULL,
      PRIMARY KEY (feed_id, guid)
    )`.execute(db);
  await sql`CREATE INDEX feed_items_article ON feed_items(article_id)`.execute(db);
  await sql`
    CREATE TABLE fact_groups (
      id INTEGER PRIMARY KEY,
      group_key TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      value_num REAL,
      value_text TEXT,
      unit TEXT,
      period TEXT,
      subject TEXT,
      source_count INTEGER NOT NULL DEFAULT 0,
      conflict INTEGER NOT NULL DEFAULT 0,
      updated_at TEXT NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE facts (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      fact_key TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('tonnage','percentage','date','company','country','money')),
      value_num REAL,
      value_text TEXT,
      unit TEXT,
      qualifier TEXT,
      direction TEXT,
      kind TEXT,
      range_min REAL,
      range_max REAL,
      metric TEXT,
      subject TEXT,
      partner TEXT,
      period TEXT,
      text TEXT NOT NULL,
      sentence TEXT NOT NULL,
      start INTEGER NOT NULL,
      "end" INTEGER NOT NULL,
      confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
      reasons_json TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL CHECK (status IN ('pending','auto-accepted','approved','rejected','retired')),
      extractor_version TEXT NOT NULL,
      group_id INTEGER REFERENCES fact_groups(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      retired_at TEXT,
      UNIQUE (article_id, fact_key)
    )`.execute(db);
  await sql`CREATE INDEX facts_type_status ON facts(type, status)`.execute(db);
  await sql`CREATE INDEX facts_status_confidence ON facts(status, confidence)`.execute(db);
  await sql`CREATE INDEX facts_period ON facts(period)`.execute(db);
  await sql`CREATE INDEX facts_group ON facts(group_id)`.execute(db);
  await sql`
    CREATE TABLE entities (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL CHECK (type IN ('company','country')),
      canonical TEXT NOT NULL,
      UNIQUE (type, canonical)
    )`.execute(db);
  await sql`
    CREATE TABLE entity_aliases (
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      alias TEXT NOT NULL,
      PRIMARY KEY (entity_id, alias)
    )`.execute(db);
  await sql`
    CREATE TABLE fact_entities (
      fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
      entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      PRIMARY KEY (fact_id, entity_id, role)
    )`.execute(db);
  await sql`CREATE INDEX fact_entities_entity ON fact_entities(entity_id, role)`.execute(db);
  await sql`
    CREATE TABLE reviews (
      id INTEGER PRIMARY KEY,
      fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
      reviewer TEXT NOT NULL,
      action TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT,
      reason TEXT,
      created_at TEXT NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX reviews_fact ON reviews(fact_id, id)`.execute(db);
  // Reviews are an audit trail: refuse edits and deletes at the database level.
  await sql`CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews WHEN (SELECT COUNT(*) FROM facts WHERE id = OLD.fact_id) > 0 BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END`.execute(db);
  await sql`
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('operator','reviewer','researcher','admin')),
      token_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    )`.execute(db);
}
