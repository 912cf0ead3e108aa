import * as z from 'zod';
import { FactType } from '../fact.ts';

/** A period or date bound: 2025, 2025-09, 2025-09-15, 2025-Q3, 2025-H1. */
const PeriodBound = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$/i, 'a date or period such as 2025, 2025-09, 2025-09-15 or 2025-Q3');

const Flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const StatusFilterParam = z.enum(['trusted', 'approved', 'auto-accepted', 'pending', 'rejected', 'retired', 'all']);
export type StatusFilterParam = z.infer<typeof StatusFilterParam>;

export const ExportFormat = z.enum(['json', 'ndjson', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * The fact filters shared by the CLI and the read API (query-string names). Every field is optional
 * and they combine with AND; status defaults to `trusted` (approved + auto-accepted).
 */
export const FactFilterParams = z.object({
  status: StatusFilterParam.default('trusted'),
  /** One type or several, comma-separated: "tonnage,money". */
  type: z
    .string()
    .trim()
    .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(FactType).min(1).max(6))
    .optional(),
  /** ISO alpha-2 ("CN") or a country name seen in the text ("China"). */
  country: z.string().trim().min(2).max(100).optional(),
  company: z.string().trim().min(1).max(200).optional(),
  /** What a figure measures, as stored ("magnet exports"): one metric's series. */
  metric: z.string().trim().min(1).max(200).optional(),
  /** Full-text words matched in the fact's sentence or its article's title. */
  search: z.string().trim().min(1).max(500).optional(),
  /** Period mentioned overlaps [from, to]. */
  from: PeriodBound.optional(),
  to: PeriodBound.optional(),
  published_from: PeriodBound.optional(),
  published_to: PeriodBound.optional(),
  min: z.coerce.number().finite().optional(),
  max: z.coerce.number().finite().optional(),
  /** Feed id or feed URL. */
  feed: z.string().trim().min(1).max(2000).optional(),
  /** Only facts whose corroboration group disagrees with another. */
  conflict: Flag.optional(),
});
export type FactFilterParams = z.infer<typeof FactFilterParams>;

export const PageParams = z.object({
  cursor: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Overrides the Accept header. CSV and NDJSON without `limit` stream every matching row. */
  format: ExportFormat.optional(),
});

export const FactsQueryParams = FactFilterParams.extend(PageParams.shape);
export type FactsQueryParams = z.infer<typeof FactsQueryParams>;

export const GroupsQueryParams = FactsQueryParams;
export type GroupsQueryParams = FactsQueryParams;

export const SeriesBy = z.enum(['month', 'quarter', 'year']);
export type SeriesBy = z.infer<typeof SeriesBy>;

export const SeriesQueryParams = FactFilterParams.extend({ by: SeriesBy.default('month'), format: ExportFormat.optional() });
export type SeriesQueryParams = z.infer<typeof SeriesQueryParams>;

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
