import * as z from 'zod';
import { FactType } from '../fact-type.ts';

/** Roles a token can carry; `admin` holds every other role. */
export const Role = z.enum(['operator', 'reviewer', 'researcher', 'admin']);
export type Role = z.infer<typeof Role>;

/** The queue filters a reviewer can narrow the pending facts by. */
export const ReviewFilters = z.object({
  type: z.optional(FactType),
  feedId: z.coerce.number().int().positive().optional(),
  /** ISO alpha-2, matched against the fact's subject, partner or a country mention. */
  country: z.string().trim().min(2).max(2).toUpperCase().optional(),
  /** Canonical company name, case-insensitive. */
  company: z.string().trim().min(1).max(200).optional(),
});
export type ReviewFilters = z.infer<typeof ReviewFilters>;

export const ReviewNextRequest = z.object({
  filters: ReviewFilters.default({}),
  /** How many items to lease at once (the page keeps a short list to move through with j/k). */
  limit: z.number().int().min(1).max(50).default(10),
  /** Fact ids the reviewer skipped in this session: never handed out again to them. */
  exclude: z.array(z.number().int().positive()).max(1000).default([]),
});
export type ReviewNextRequest = z.infer<typeof ReviewNextRequest>;

/** Corrections a reviewer may make; any field left out keeps its extracted value. */
export const ReviewEdit = z
  .object({
    type: z.optional(FactType),
    value: z.union([z.number().finite(), z.string().trim().min(1).max(500)]).optional(),
    unit: z.string().trim().max(20).nullable().optional(),
    /** ISO date or period at its resolution: 2025, 2025-09, 2025-Q3, 2025-10-20. */
    period: z
      .string()
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?$/, 'an ISO date or period such as 2025, 2025-09, 2025-Q3')
      .nullable()
      .optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined), 'an edit changes at least one field');
export type ReviewEdit = z.infer<typeof ReviewEdit>;

export const ReviewDecisionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), reason: z.string().max(1000).optional(), group: z.boolean().default(false) }),
  z.object({ action: z.literal('reject'), reason: z.string().max(1000).optional() }),
  z.object({ action: z.literal('edit'), reason: z.string().max(1000).optional(), edit: ReviewEdit }),
]);
export type ReviewDecisionRequest = z.infer<typeof ReviewDecisionRequest>;

export const ReviewReopenRequest = z.object({ reason: z.string().max(1000).optional() });
export type ReviewReopenRequest = z.infer<typeof ReviewReopenRequest>;

/** One pending fact with everything a reviewer needs to decide without opening the article. */
export interface ReviewItem {
  id: number;
  type: string;
  value: number | string | null;
  unit: string | null;
  period: string | null;
  qualifier: string | null;
  direction: string | null;
  text: string;
  sentence: string;
  /** Offsets of the span inside `paragraph`. */
  spanStart: number;
  spanEnd: number;
  paragraph: string;
  confidence: number;
  reasons: string[];
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  sourceLink: string;
  groupId: number | null;
  /** Other pending facts in the same corroborated group (approved together with `group: true`). */
  groupPending: number;
  groupSources: number;
  leaseExpiresAt: string;
  /** Independent origins among the group's reports (copies of one story count once). */
  groupOrigins: number;
  /** "4 outlets · 2 origins (Argus, Meridian Wire)", or null outside a group. Plain text: escape it. */
  groupCorroboration: string | null;
}

export interface ReviewDecisionResult {
  decided: number[];
  reviewIds: number[];
}

export const AddFeedRequest = z.object({
  url: z
    .string()
    .trim()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'only http and https URLs can be polled'),
  intervalMinutes: z.coerce.number().int().min(1).max(10080).optional(),
});
export type AddFeedRequest = z.infer<typeof AddFeedRequest>;

export const SignInRequest = z.object({ token: z.string().trim().min(10).max(200) });
