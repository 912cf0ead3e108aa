import { type Kysely, sql } from 'kysely';

// Forward-only: never edit after it has landed; add a new numbered migration instead.
export async function up(db: Kysely<unknown>): Promise<void> {
  // How each article's body was found (content finder, fallback, none) and why, so that an empty
  // or unsure body is explained on the row rather than silently stored.
  await sql`ALTER TABLE articles ADD COLUMN extraction TEXT NOT NULL DEFAULT 'content'`.execute(db);
  await sql`ALTER TABLE articles ADD COLUMN extraction_note TEXT`.execute(db);
  // The fetch log says what became of an article page (not an article, fallback body, no body).
  await sql`ALTER TABLE fetches ADD COLUMN note TEXT`.execute(db);
  // Rows stored before: an empty body was 'none', with the reason the cleaner gave at the time.
  await sql`
    UPDATE articles SET extraction = 'none',
      extraction_note = COALESCE(not_article_reason, 'empty body (stored before reasons were recorded)')
    WHERE body_text = ''`.execute(db);
}
