import type { Fact } from '@newsfacts/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import {
  basisOf,
  conflictConfidence,
  type FigureRow,
  isCheckableFigure,
  MAGNITUDE_CONFLICT_CUE,
  MAX_REFERENCES,
  magnitudeConflict,
  type Series,
} from '../plausibility/magnitude-conflict.ts';

/** Stored figures read per series, newest first: twice what the median takes, as some are on another basis. */
const SCAN_PER_SERIES = 2 * MAX_REFERENCES;
/** Series looked up per article, one indexed query each; the facts of further series are not checked, and say so. */
export const MAX_SERIES_PER_ARTICLE = 64;

// Written out, not bound: SQLite uses the partial index facts_trusted_series (migration 0014) only when
// the query repeats the index's condition.
const TRUSTED = sql<boolean>`status IN ('auto-accepted', 'approved')`;

export interface SeriesKey extends Series {
  type: string;
  unit: string;
}

/**
 * The trusted figures of one series stored by other articles (auto-accepted or approved, a reviewer's
 * correction included), newest first. Served by facts_trusted_series: equal on every key column, then
 * by id, so it reads a bounded walk of one index range whatever the store holds.
 */
export function trustedSeriesQuery(db: Kysely<Database>, key: SeriesKey, exceptArticleId: number) {
  return db
    .selectFrom('facts')
    .select(['article_id', 'type', 'value_num', 'unit', 'kind', 'period'])
    .where('type', '=', key.type)
    .where('unit', '=', key.unit)
    .where('metric', '=', key.metric)
    .where('subject', '=', key.subject)
    .where(key.partner === null ? sql<boolean>`partner IS NULL` : sql<boolean>`partner = ${key.partner}`)
    .where(TRUSTED)
    .where('article_id', '!=', exceptArticleId)
    .orderBy('id', 'desc')
    .limit(SCAN_PER_SERIES);
}

export async function trustedSeriesFigures(db: Kysely<Database>, key: SeriesKey, exceptArticleId: number): Promise<FigureRow[]> {
  const rows = await trustedSeriesQuery(db, key, exceptArticleId).execute();
  return rows.flatMap((r) =>
    r.value_num === null || r.unit === null ? [] : [{ articleId: r.article_id, type: r.type, value: r.value_num, unit: r.unit, kind: r.kind, period: r.period }],
  );
}

/** The series a fact's figure belongs to, or null when it is not checked against the store. */
function seriesOf(f: Fact): SeriesKey | null {
  const m = f.measurement;
  if (typeof f.value !== 'number' || !f.unit || !m?.metric || !m.subject) return null;
  if (!isCheckableFigure({ type: f.type, value: f.value, unit: f.unit, kind: f.kind }) || !basisOf(f.unit, m.period)) return null;
  return { type: f.type, unit: f.unit, metric: m.metric, subject: m.subject, partner: m.partner };
}

function withReason(f: Fact, reason: string): Fact {
  return f.reasons.includes(reason) ? f : { ...f, reasons: [...f.reasons, reason] };
}

/**
 * The article's figures checked against the store's trusted figures of the same series. A conflicting
 * one gets a confidence below `threshold` (it waits for review), the reason and, when it keeps its
 * cues, the conflict cue. Facts `mayChange` refuses (a reviewer's decision stands) are returned as they are.
 */
export async function checkStoreMagnitudes(
  db: Kysely<Database>,
  articleId: number,
  facts: readonly Fact[],
  mayChange: (index: number) => boolean,
  threshold: number,
): Promise<Fact[]> {
  const bySeries = new Map<string, { key: SeriesKey; indexes: number[] }>();
  facts.forEach((f, i) => {
    const key = mayChange(i) ? seriesOf(f) : null;
    if (!key) return;
    const id = JSON.stringify([key.type, key.unit, key.metric, key.subject, key.partner]);
    const entry = bySeries.get(id) ?? { key, indexes: [] };
    entry.indexes.push(i);
    bySeries.set(id, entry);
  });
  const out = [...facts];
  let looked = 0;
  for (const { key, indexes } of bySeries.values()) {
    if (looked++ >= MAX_SERIES_PER_ARTICLE) {
      for (const i of indexes) out[i] = withReason(out[i]!, `magnitude-store: not checked (over ${MAX_SERIES_PER_ARTICLE} series in the article)`);
      continue;
    }
    const references = await trustedSeriesFigures(db, key, articleId);
    for (const i of indexes) {
      const f = out[i]!;
      const figure = { articleId, type: f.type, value: f.value as number, unit: key.unit, kind: f.kind, period: f.measurement?.period ?? null };
      const verdict = magnitudeConflict(figure, key, references);
      if (!verdict.conflict) continue;
      const cues = f.cues && !f.cues.includes(MAGNITUDE_CONFLICT_CUE) ? [...f.cues, MAGNITUDE_CONFLICT_CUE] : f.cues;
      out[i] = { ...withReason(f, verdict.reason), confidence: conflictConfidence(f.confidence, threshold), ...(cues ? { cues } : {}) };
    }
  }
  return out;
}
