import * as z from 'zod';
import { CleanDoc } from './clean-doc.ts';
import { Fact } from './fact.ts';

/** How a fetch went, as recorded in the `fetches` table. */
export const FetchOutcome = z.object({
  url: z.string(),
  kind: z.enum(['feed', 'article', 'robots']),
  feedId: z.number().int().nullable(),
  status: z.number().int().nullable(),
  bytes: z.number().int().nullable(),
  ms: z.number().int().nullable(),
  fromCache: z.boolean(),
  error: z.string().nullable(),
  fetchedAt: z.string(),
});
export type FetchOutcome = z.infer<typeof FetchOutcome>;

/**
 * What the extract stage hands to the single SQLite writer: everything needed to write an
 * article and its facts in one transaction. Travels through Redis as a blob, not a job payload.
 */
/**
 * A feed item's <source url="…">Name</source>: the outlet an aggregator took the story from. The
 * origin step counts it as the article's own statement of where the story comes from.
 */
export const FeedItemSource = z.object({ url: z.string().nullable(), name: z.string().nullable() });
export type FeedItemSource = z.infer<typeof FeedItemSource>;

export const ArticleResult = z.object({
  url: z.string(),
  finalUrl: z.string(),
  canonicalUrl: z.string(),
  feedId: z.number().int().nullable(),
  guid: z.string().nullable(),
  itemTitle: z.string().nullable(),
  itemPublished: z.string().nullable(),
  /** Absent from older workers' results. */
  itemSource: FeedItemSource.nullable().optional(),
  fetch: FetchOutcome,
  html: z.string(),
  doc: CleanDoc,
  facts: z.array(Fact),
  /** Facts the per-sentence and per-article caps left out (see limits.ts), and which caps; absent from older workers. */
  factsDropped: z.number().int().nonnegative().optional(),
  factsDroppedReason: z.string().nullable().optional(),
  extractorVersion: z.string(),
});
export type ArticleResult = z.infer<typeof ArticleResult>;

/** A feed poll's outcome, written to the feed row (health) by the store stage. */
export const FeedPollOutcome = z.object({
  feedId: z.number().int(),
  fetch: FetchOutcome,
  ok: z.boolean(),
  notModified: z.boolean(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  title: z.string().nullable(),
  siteUrl: z.string().nullable(),
  format: z.string().nullable(),
  itemsSeen: z.number().int().nonnegative(),
  ttlMinutes: z.number().int().nullable(),
  /** Items listed by the feed this time (empty on 304 or error); the store decides which are new. */
  items: z
    .array(z.object({ url: z.string(), guid: z.string(), title: z.string().nullable(), published: z.string().nullable(), source: FeedItemSource.nullable().optional() }))
    .default([]),
  /** What the server and the feed ask of our schedule. */
  cacheMaxAgeS: z.number().nullable().default(null),
  retryAfterMs: z.number().nullable().default(null),
  skipHours: z.array(z.number().int()).nullable().default(null),
  skipDays: z.array(z.string()).nullable().default(null),
  /** Set when the feed should stop being polled (410 Gone). */
  pauseReason: z.string().nullable(),
  error: z.string().nullable(),
});
export type FeedPollOutcome = z.infer<typeof FeedPollOutcome>;
