import { FeedItemSource } from '@newsfacts/core';
import * as z from 'zod';
import { defineQueue, hashId, retrying } from '../contract.ts';

export const FetchArticlePayload = z.object({
  url: z.string().url(),
  feedId: z.number().int().positive().nullable(),
  guid: z.string().nullable(),
  itemTitle: z.string().nullable(),
  itemPublished: z.string().nullable(),
  /** The feed item's <source>, when it named one; jobs queued before it existed lack it. */
  itemSource: FeedItemSource.nullable().optional(),
});
export type FetchArticlePayload = z.infer<typeof FetchArticlePayload>;

export const fetchArticleQueue = defineQueue({
  name: 'fetch-article',
  schema: FetchArticlePayload,
  options: retrying(5, 10_000),
  jobId: (p) => `article-${hashId(p.url)}`,
});
