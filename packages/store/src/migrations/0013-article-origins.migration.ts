import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
// Where each article's story comes from: copies of one story (reposts, wire copies) share an origin.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE articles ADD COLUMN origin_id INTEGER`.execute(db);
  await sql`ALTER TABLE articles ADD COLUMN origin_outlet TEXT`.execute(db);
  // One row per origin: who it is credited to, and whether the pages named them or we fell back to
  // the first site seen (a later copy that names its agency then corrects the outlet).
  await sql`
    CREATE TABLE origins (
      id INTEGER PRIMARY KEY,
      outlet TEXT,
      outlet_source TEXT NOT NULL CHECK (outlet_source IN ('named', 'earliest')),
      first_published TEXT,
      created_at TEXT NOT NULL
    )`.execute(db);
  // The MinHash signature of each article's lead, and its LSH band keys: finding the copies of a new
  // article reads a few dozen index entries, however many articles are stored.
  await sql`
    CREATE TABLE origin_signatures (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      shingles INTEGER NOT NULL,
      signature BLOB NOT NULL,
      lead_shingles BLOB,
      named_outlet TEXT,
      based_on_json TEXT NOT NULL DEFAULT '[]'
    )`.execute(db);
  await sql`
    CREATE TABLE origin_bands (
      band INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (band, article_id)
    ) WITHOUT ROWID`.execute(db);
  // Articles stored before origins were computed are each their own origin until re-extracted.
  await sql`
    UPDATE articles SET origin_id = id, origin_outlet = COALESCE(site_name, CASE
      WHEN instr(substr(url, instr(url, '//') + 2), '/') > 0 THEN substr(substr(url, instr(url, '//') + 2), 1, instr(substr(url, instr(url, '//') + 2), '/') - 1)
      ELSE substr(url, instr(url, '//') + 2) END)`.execute(db);
  await sql`
    INSERT INTO origins (id, outlet, outlet_source, first_published, created_at)
    SELECT id, origin_outlet, 'earliest', published, created_at FROM articles`.execute(db);
  await sql`CREATE INDEX articles_origin ON articles(origin_id)`.execute(db);
  // An isBasedOn or cross-site canonical names a page by the address it was fetched at.
  await sql`CREATE INDEX articles_url ON articles(url)`.execute(db);
}
