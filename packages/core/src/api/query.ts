import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { FactType } from '../fact-type.ts';

// zod/mini, not the classic API: the same checks, and a schema costs far less to build, which a
// query command of the CLI does on every start. zod/mini leaves messages to a locale, where the
// classic API loads English with its first schema: this loads the same English, so that messages
// read alike in a process that builds no classic schema.
z.config(en());

/** A period or date bound: 2025, 2025-09, 2025-09-15, 2025-Q3, 2025-H1. */
const PeriodBound = z
  .string()
  .check(z.trim(), z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$/i, 'a date or period such as 2025, 2025-09, 2025-09-15 or 2025-Q3'));

const Flag = z.pipe(z.enum(['true', 'false', '1', '0']), z.transform((v) => v === 'true' || v === '1'));

export const StatusFilterParam = z.enum(['trusted', 'approved', 'auto-accepted', 'pending', 'rejected', 'retired', 'all']);
export type StatusFilterParam = z.infer<typeof StatusFilterParam>;

export const ExportFormat = z.enum(['json', 'ndjson', 'csv']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** A trimmed string of min to max characters. */
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));

/**
 * The fact filters shared by the CLI and the read API (query-string names). Every field is optional
 * and they combine with AND; status defaults to `trusted` (approved + auto-accepted).
 */
export const FactFilterParams = z.object({
  status: z._default(StatusFilterParam, 'trusted'),
  /** One type or several, comma-separated: "tonnage,money". */
  type: z.optional(
    z.pipe(
      z.pipe(z.string().check(z.trim()), z.transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))),
      z.array(FactType).check(z.minLength(1), z.maxLength(6)),
    ),
  ),
  /** ISO alpha-2 ("CN") or a country name seen in the text ("China"). */
  country: z.optional(text(2, 100)),
  company: z.optional(text(1, 200)),
  /** What a figure measures, as stored ("magnet exports"): one metric's series. */
  metric: z.optional(text(1, 200)),
  /** Full-text words matched in the fact's sentence or its article's title. */
  search: z.optional(text(1, 500)),
  /** Period mentioned overlaps [from, to]. */
  from: z.optional(PeriodBound),
  to: z.optional(PeriodBound),
  published_from: z.optional(PeriodBound),
  published_to: z.optional(PeriodBound),
  // zod numbers are finite: Infinity and NaN fail.
  min: z.optional(z.coerce.number()),
  max: z.optional(z.coerce.number()),
  /** Feed id or feed URL. */
  feed: z.optional(text(1, 2000)),
  /** Only facts whose corroboration group disagrees with another. */
  conflict: z.optional(Flag),
});
export type FactFilterParams = z.infer<typeof FactFilterParams>;

export const PageParams = z.object({
  cursor: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 100),
  /** Overrides the Accept header. CSV and NDJSON without `limit` stream every matching row. */
  format: z.optional(ExportFormat),
});

export const FactsQueryParams = z.extend(FactFilterParams, PageParams.shape);
export type FactsQueryParams = z.infer<typeof FactsQueryParams>;

export const GroupsQueryParams = FactsQueryParams;
export type GroupsQueryParams = FactsQueryParams;

export const SeriesBy = z.enum(['month', 'quarter', 'year']);
export type SeriesBy = z.infer<typeof SeriesBy>;

export const SeriesQueryParams = z.extend(FactFilterParams, { by: z._default(SeriesBy, 'month'), format: z.optional(ExportFormat) });
export type SeriesQueryParams = z.infer<typeof SeriesQueryParams>;
