import { CalibrationFit, calibratedConfidence } from '@newsfacts/core';
import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import { conflictConfidence, MAGNITUDE_CONFLICT_CUE } from '../plausibility/magnitude-conflict.ts';
import type { Database } from '../database.ts';

/** The newest stored fit, or null when `newsfacts calibrate` has stored none. */
export async function latestFit(db: Kysely<Database>): Promise<CalibrationFit | null> {
  const row = await db.selectFrom('calibration_fits').select(['fit_json', 'version']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  const parsed = CalibrationFit.safeParse(JSON.parse(row.fit_json));
  if (!parsed.success) throw new Error(`stored calibration fit ${row.version} is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

/** Stores a fit as the newest; storing the same version twice keeps the first (a retried command writes once). */
export async function saveFit(db: Kysely<Database>, fit: CalibrationFit, labelledFacts: number): Promise<void> {
  await db
    .insertInto('calibration_fits')
    .values({ version: fit.version, fit_json: JSON.stringify(fit), labelled_facts: labelledFacts, created_at: nowIso() })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}

export interface ReviewLabel {
  factId: number;
  /** The article it was read from: decisions on one article's facts are held out together when a refit is cross-validated. */
  articleId: number;
  raw: number;
  cues: string[];
  /** What the fact's confidence is now. */
  confidence: number;
  right: boolean;
}

/**
 * Reviewer decisions as labels of the facts as extracted: approve = right, reject = wrong, a correction
 * (edit) = wrong, since the value the extractor gave was not the one in the article. An undone or
 * reopened decision is no label. Facts stored before their cues were kept cannot be labelled.
 */
export async function reviewLabels(db: Kysely<Database>): Promise<ReviewLabel[]> {
  const rows = await db
    .selectFrom('reviews')
    .innerJoin('facts', 'facts.id', 'reviews.fact_id')
    .select(['reviews.fact_id', 'reviews.action', 'facts.article_id', 'facts.raw_confidence', 'facts.cues_json', 'facts.confidence'])
    .where('facts.raw_confidence', 'is not', null)
    .where('facts.cues_json', 'is not', null)
    .orderBy('reviews.id')
    .execute();
  const verdict = new Map<number, { right: boolean; edited: boolean; row: (typeof rows)[number] }>();
  for (const r of rows) {
    const prior = verdict.get(r.fact_id);
    if (r.action === 'undo' || r.action === 'reopen') verdict.delete(r.fact_id);
    else if (r.action === 'edit') verdict.set(r.fact_id, { right: false, edited: true, row: r });
    // approving a corrected value does not make the extracted one right
    else if (r.action === 'approve') verdict.set(r.fact_id, prior?.edited ? prior : { right: true, edited: false, row: r });
    else if (r.action === 'reject') verdict.set(r.fact_id, { right: false, edited: prior?.edited ?? false, row: r });
  }
  return [...verdict.entries()].map(([factId, v]) => ({
    factId,
    articleId: v.row.article_id,
    raw: v.row.raw_confidence!,
    cues: JSON.parse(v.row.cues_json!) as string[],
    confidence: v.row.confidence,
    right: v.right,
  }));
}

export interface ScoredFact {
  id: number;
  raw: number;
  cues: string[];
  confidence: number;
  status: string;
}

/** Live facts (not retired) that kept their raw score and cues, a page at a time by id. */
export async function* liveScoredFacts(db: Kysely<Database>, pageSize = 2000): AsyncGenerator<ScoredFact[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('facts')
      .select(['id', 'raw_confidence', 'cues_json', 'confidence', 'status'])
      .where('status', '!=', 'retired')
      .where('raw_confidence', 'is not', null)
      .where('cues_json', 'is not', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length > 0) yield rows.map((r) => ({ id: r.id, raw: r.raw_confidence!, cues: JSON.parse(r.cues_json!) as string[], confidence: r.confidence, status: r.status }));
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.id;
  }
}

/**
 * Re-scores stored facts with `fit`: every live fact gets its new confidence; facts whose status the
 * machine set (pending, auto-accepted) are re-sorted by `threshold`; a reviewer's status stays.
 */
export async function rescoreFacts(db: Kysely<Database>, fit: CalibrationFit, threshold: number): Promise<{ rescored: number; accepted: number; pending: number }> {
  const out = { rescored: 0, accepted: 0, pending: 0 };
  for await (const page of liveScoredFacts(db)) {
    await db.transaction().execute(async (trx) => {
      for (const f of page) {
        // a figure the store found implausible stays in review, whatever the new fit makes of its cues
        const calibrated = calibratedConfidence(fit, f.raw, f.cues);
        const confidence = f.cues.includes(MAGNITUDE_CONFLICT_CUE) ? conflictConfidence(calibrated, threshold) : calibrated;
        const machine = f.status === 'pending' || f.status === 'auto-accepted';
        const status = machine ? (confidence >= threshold ? 'auto-accepted' : 'pending') : f.status;
        if (machine) out[status === 'auto-accepted' ? 'accepted' : 'pending']++;
        if (confidence === f.confidence && status === f.status) continue;
        await trx.updateTable('facts').set({ confidence, status }).where('id', '=', f.id).execute();
        out.rescored++;
      }
    });
  }
  return out;
}
