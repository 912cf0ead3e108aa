import type { FeedPollOutcome } from '@newsfacts/core';
import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database, FeedRow } from '../database.ts';

export interface AddFeedInput {
  url: string;
  title?: string | null;
  intervalMinutes: number;
}

/** Adds a feed, or returns the existing one with the same URL (adding twice is not an error). */
export async function addFeed(db: Kysely<Database>, input: AddFeedInput): Promise<{ id: number; created: boolean }> {
  const inserted = await db
    .insertInto('feeds')
    .values({
      url: input.url,
      title: input.title ?? null,
      site_url: null,
      format: null,
      paused_reason: null,
      interval_minutes: input.intervalMinutes,
      etag: null,
      last_modified: null,
      ttl_minutes: null,
      last_checked_at: null,
      last_success_at: null,
      last_status: null,
      last_error: null,
      next_check_at: null,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.column('url').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.selectFrom('feeds').select('id').where('url', '=', input.url).executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export async function getFeed(db: Kysely<Database>, id: number): Promise<FeedRow | undefined> {
  return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Feeds known by this URL: the feed's own, or the site's it belongs to (as the facts filter reads it). */
export async function findFeedsByUrl(db: Kysely<Database>, url: string): Promise<FeedRow[]> {
  return db
    .selectFrom('feeds')
    .selectAll()
    .where((eb) => eb.or([eb('url', '=', url), eb('site_url', '=', url)]))
    .orderBy('id')
    .execute();
}

export async function removeFeed(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function setFeedPaused(db: Kysely<Database>, id: number, paused: boolean, reason: string | null): Promise<boolean> {
  const result = await db
    .updateTable('feeds')
    .set({ status: paused ? 'paused' : 'active', paused_reason: paused ? reason : null })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface FeedHealth extends FeedRow {
  articles_stored: number;
}

export async function listFeeds(db: Kysely<Database>): Promise<FeedHealth[]> {
  return db
    .selectFrom('feeds')
    .selectAll('feeds')
    .select((eb) =>
      eb
        .selectFrom('feed_items')
        .whereRef('feed_items.feed_id', '=', 'feeds.id')
        .where('feed_items.article_id', 'is not', null)
        .select((e) => e.fn.count<number>('feed_items.article_id').distinct().as('n'))
        .as('articles_stored'),
    )
    .orderBy('feeds.id')
    .execute() as Promise<FeedHealth[]>;
}

export async function listActiveFeeds(db: Kysely<Database>): Promise<FeedRow[]> {
  return db.selectFrom('feeds').selectAll().where('status', '=', 'active').orderBy('id').execute();
}

/** Feed health after a poll: validators, error streak, and a pause on 410 Gone. */
export async function recordFeedPoll(db: Kysely<Database>, outcome: FeedPollOutcome): Promise<void> {
  const feed = await getFeed(db, outcome.feedId);
  if (!feed) return; // removed while the poll was in flight
  const at = outcome.fetch.fetchedAt;
  const errors = outcome.ok ? 0 : feed.consecutive_errors + 1;
  await db
    .updateTable('feeds')
    .set({
      last_checked_at: at,
      last_status: outcome.fetch.status,
      last_success_at: outcome.ok ? at : feed.last_success_at,
      last_error: outcome.ok ? null : outcome.error,
      consecutive_errors: errors,
      // A 304 or an error must not erase validators the server gave us earlier.
      etag: outcome.ok && !outcome.notModified ? outcome.etag : (outcome.etag ?? feed.etag),
      last_modified: outcome.ok && !outcome.notModified ? outcome.lastModified : (outcome.lastModified ?? feed.last_modified),
      title: outcome.title ?? feed.title,
      site_url: outcome.siteUrl ?? feed.site_url,
      format: outcome.format ?? feed.format,
      ttl_minutes: outcome.ttlMinutes ?? feed.ttl_minutes,
      items_seen: feed.items_seen + outcome.itemsSeen,
      status: outcome.pauseReason ? 'paused' : feed.status,
      paused_reason: outcome.pauseReason ?? feed.paused_reason,
    })
    .where('id', '=', outcome.feedId)
    .execute();
}
