import * as z from 'zod';
import { defineQueue, retrying } from '../contract.ts';

export const StoreArticlePayload = z.object({
  url: z.string().url(),
  /** Redis key of the ArticleResult blob written by the extract stage. */
  resultBlob: z.string().min(1),
  resultHash: z.string().min(1),
  /** The fetched page's blob, dropped together with the result once the write has committed. */
  pageBlob: z.string().nullable(),
});
export type StoreArticlePayload = z.infer<typeof StoreArticlePayload>;

export const storeArticleQueue = defineQueue({
  name: 'store-article',
  schema: StoreArticlePayload,
  options: retrying(5, 2_000),
  jobId: (p) => `store-${p.resultHash.slice(0, 32)}`,
});
