import * as z from 'zod';
import { FactType } from './fact-type.ts';

export const FactStatus = z.enum(['pending', 'auto-accepted', 'approved', 'rejected', 'retired']);
export type FactStatus = z.infer<typeof FactStatus>;

export const Direction = z.enum(['up', 'down']);
export type Direction = z.infer<typeof Direction>;

/** What a figure is linked to where the sentence says so ("U.S.-bound exports fell 28.7% ... to 420.5 tonnes"). */
export const Measurement = z.object({
  /** What is measured, lower-case noun phrase ("exports", "magnet exports", "output"). */
  metric: z.string().nullable(),
  /** ISO alpha-2 of the reporting/source country, if stated. */
  subject: z.string().nullable(),
  /** ISO alpha-2 of the partner/destination country, if stated. */
  partner: z.string().nullable(),
  /** Period the figure refers to, ISO at the text's resolution ("2025-09"). */
  period: z.string().nullable(),
});
export type Measurement = z.infer<typeof Measurement>;

/**
 * One extracted fact. `value` is normalized: tonnage in metric tonnes (unit "t"); percentage as the
 * number shown (unit "%" or "pp"); money in units of its currency (unit "USD", ...); date as ISO at the
 * text's resolution ("2025", "2025-09", "2025-10-20", "2025-Q3"); company as its canonical name;
 * country as ISO 3166-1 alpha-2.
 */
export const Fact = z.object({
  type: FactType,
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  /** Hedge or bound: "approx", "approx_below", "above", "below", "at_least", "at_most", "estimated"... */
  qualifier: z.string().nullable(),
  direction: Direction.nullable(),
  /** For percentages: a share of something vs a change of something. */
  kind: z.enum(['share', 'change', 'level']).nullable(),
  /** For ranges ("18% to 50%"): value is the low end. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
  measurement: Measurement.nullable(),
  /** Surface text exactly as in bodyText.slice(start, end). */
  text: z.string(),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Probability that the fact is right: the calibration fit applied to `rawConfidence` and `cues`. */
  confidence: z.number().min(0).max(1),
  /** Why confidence is below 1 (empty when it is not lowered). */
  reasons: z.array(z.string()),
  /** The recognizers' own score, before calibration. */
  rawConfidence: z.number().min(0).max(1).optional(),
  /** Named evidence the calibration weighs (type, reasons, sentence and document cues, repetitions). */
  cues: z.array(z.string()).optional(),
  extractorVersion: z.string(),
});
export type Fact = z.infer<typeof Fact>;
