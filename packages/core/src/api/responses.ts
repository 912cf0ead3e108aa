import * as z from 'zod';
import { FactType } from '../fact-type.ts';

// What the read API answers, for its tests and its documentation. Kept apart from the request
// parameters (query.ts) so that a bundle which only validates a query (the CLI's query commands)
// leaves these schemas out and does not build them at start-up.

/** A fact as the API returns it (see docs/schema.md for each column). */
export const FactRecord = z.object({
  id: z.number().int(),
  article_id: z.number().int(),
  article_url: z.string(),
  type: FactType,
  value: z.union([z.number(), z.string()]).nullable(),
  unit: z.string().nullable(),
  text: z.string(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  confidence: z.number(),
  status: z.string(),
  source_link: z.string(),
  qualifier: z.string().nullable(),
  direction: z.string().nullable(),
  kind: z.string().nullable(),
  range_min: z.number().nullable(),
  range_max: z.number().nullable(),
  metric: z.string().nullable(),
  subject: z.string().nullable(),
  partner: z.string().nullable(),
  period: z.string().nullable(),
  group_id: z.number().int().nullable(),
  article_title: z.string().nullable(),
  published: z.string().nullable(),
  site_name: z.string().nullable(),
  feed_id: z.number().int().nullable(),
  reasons: z.array(z.string()),
  extractor_version: z.string(),
});
export type FactRecordResponse = z.infer<typeof FactRecord>;

export const GroupRecord = z.object({
  group_id: z.number().int(),
  type: FactType,
  value: z.number().nullable(),
  unit: z.string().nullable(),
  kind: z.string().nullable(),
  direction: z.string().nullable(),
  period: z.string().nullable(),
  subject: z.string().nullable(),
  partner: z.string().nullable(),
  source_count: z.number().int(),
  fact_count: z.number().int(),
  conflict: z.boolean(),
  conflicting_values: z.array(z.object({ group_id: z.number().int(), value: z.number().nullable(), source_count: z.number().int() })),
  sources: z.array(
    z.object({
      fact_id: z.number().int(),
      article_id: z.number().int(),
      article_url: z.string(),
      article_title: z.string().nullable(),
      site_name: z.string().nullable(),
      published: z.string().nullable(),
      text: z.string(),
      status: z.string(),
      source_link: z.string(),
    }),
  ),
  source_link: z.string(),
  sentence: z.string(),
});
export type GroupRecordResponse = z.infer<typeof GroupRecord>;

export const SeriesPoint = z.object({
  period: z.string(),
  unit: z.string().nullable(),
  value: z.number(),
  sources: z.number().int(),
  source_links: z.array(z.string()),
  conflict: z.boolean(),
  alternatives: z.array(z.object({ value: z.number(), sources: z.number().int(), source_links: z.array(z.string()) })),
});
export type SeriesPointResponse = z.infer<typeof SeriesPoint>;

export const FactsPage = z.object({ data: z.array(FactRecord), next_cursor: z.string().nullable() });
export const GroupsPage = z.object({ data: z.array(GroupRecord), next_cursor: z.string().nullable() });
export const SeriesResponse = z.object({ data: z.array(SeriesPoint) });
export const ApiError = z.object({ error: z.string(), issues: z.array(z.object({ path: z.string(), message: z.string() })).optional() });
