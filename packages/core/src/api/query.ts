import * as z from 'zod';
import { FactType } from '../fact-type.ts';

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
