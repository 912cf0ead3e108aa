import * as z from 'zod';
import { defineQueue, retrying } from '../contract.ts';
import { FetchArticlePayload } from './fetch-article.queue.ts';

export const ExtractArticlePayload = FetchArticlePayload.extend({
  finalUrl: z.string().url(),
  /** Redis key of the fetched page (see blobs.ts): payloads carry references, not bodies. */
  pageBlob: z.string().min(1),
  /** sha256 of the fetched HTML. */
  pageHash: z.string().min(1),
  fetch: z.object({ status: z.number().int(), bytes: z.number().int(), ms: z.number().int(), fetchedAt: z.string() }),
});
export type ExtractArticlePayload = z.infer<typeof ExtractArticlePayload>;

export const extractArticleQueue = defineQueue({
  name: 'extract-article',
  schema: ExtractArticlePayload,
  options: retrying(3, 5_000),
  jobId: (p) => `extract-${p.pageHash.slice(0, 32)}`,
});
