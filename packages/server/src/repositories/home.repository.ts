import type { ServerDb } from '../server-database.ts';

export interface HomeSummary {
  /** When the user last opened the home page; null on a first visit. */
  since: string | null;
  newArticles: number;
  newFacts: number;
  newPending: number;
  pending: number;
  oldestPending: { factId: number; articleId: number; createdAt: string; text: string } | null;
  feedsInError: { id: number; label: string; errors: number; lastError: string | null }[];
}

/** Feeds listed on the home page; the feeds page has the rest. */
const MAX_FEEDS_SHOWN = 20;

/**
 * What the home page reports, then records this visit. Counts since the last visit are ranges of
 * the primary keys (ids grow with arrival); the pending count reads the status index.
 */
export async function homeSummary(db: ServerDb, userId: number, now: string): Promise<HomeSummary> {
  const visit = await db.selectFrom('home_visits').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const lastArticle = visit?.last_article_id ?? 0;
  const lastFact = visit?.last_fact_id ?? 0;
  const articles = await db.selectFrom('articles').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('max')]).where('id', '>', lastArticle).executeTakeFirstOrThrow();
  const facts = await db
    .selectFrom('facts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('max'), eb.fn.sum<number>(eb.case().when('status', '=', 'pending').then(1).else(0).end()).as('pending')])
    .where('id', '>', lastFact)
    .executeTakeFirstOrThrow();
  const pending = await db.selectFrom('facts').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('id').as('oldest')]).where('status', '=', 'pending').executeTakeFirstOrThrow();
  const oldest = pending.oldest === null ? undefined : await db.selectFrom('facts').select(['id', 'article_id', 'created_at', 'text']).where('id', '=', Number(pending.oldest)).executeTakeFirst();
  const feeds = await db
    .selectFrom('feeds')
    .select(['id', 'title', 'url', 'consecutive_errors', 'last_error'])
    .where('consecutive_errors', '>', 0)
    .orderBy('consecutive_errors', 'desc')
    .orderBy('id')
    .limit(MAX_FEEDS_SHOWN)
    .execute();
  await db
    .insertInto('home_visits')
    .values({ user_id: userId, visited_at: now, last_article_id: Math.max(lastArticle, Number(articles.max ?? 0)), last_fact_id: Math.max(lastFact, Number(facts.max ?? 0)) })
    .onConflict((oc) => oc.column('user_id').doUpdateSet((eb) => ({ visited_at: eb.ref('excluded.visited_at'), last_article_id: eb.ref('excluded.last_article_id'), last_fact_id: eb.ref('excluded.last_fact_id') })))
    .execute();
  return {
    since: visit?.visited_at ?? null,
    newArticles: Number(articles.n),
    newFacts: Number(facts.n),
    newPending: Number(facts.pending ?? 0),
    pending: Number(pending.n),
    oldestPending: oldest ? { factId: oldest.id, articleId: oldest.article_id, createdAt: String(oldest.created_at), text: oldest.text } : null,
    feedsInError: feeds.map((f) => ({ id: f.id, label: f.title ?? f.url, errors: f.consecutive_errors, lastError: f.last_error })),
  };
}
