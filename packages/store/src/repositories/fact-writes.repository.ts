import { calibratedConfidence, thresholdForPrecision, type CalibrationFit, type Fact, MAX_FACTS_PER_SENTENCE, sentenceSlots } from '@newsfacts/core';
import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import { groupSpec } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';
import { latestFit } from './calibration.repository.ts';
import { keyFacts } from '../fact-key.ts';
import { checkStoreMagnitudes } from './magnitude-check.repository.ts';
import { resolveCompanyFacts } from './company-links.repository.ts';
import { applyMemberChanges, ensureGroups, type GroupMember } from './groups.repository.ts';

export interface ReviewThresholdOptions {
  /** Facts at or above it are auto-accepted; below it they wait for a reviewer. */
  reviewThreshold: number;
  /**
   * Instead of `reviewThreshold`: the lowest threshold whose estimated precision of auto-accepted facts
   * meets this target, under the fit in use (the newest stored one, else `defaultFit`).
   */
  autoAcceptPrecision?: number | null;
  /** The fit the extractor scored facts with, used for the target precision while the store holds none. */
  defaultFit?: CalibrationFit;
}

/**
 * The facts as the store scores them: with the newest stored fit when there is one (facts that kept
 * their raw score and cues), and the threshold that fit gives for the target precision, if one is set.
 */
async function scoreForStore(trx: Kysely<Database>, facts: readonly Fact[], options: ReviewThresholdOptions): Promise<{ facts: readonly Fact[]; threshold: number }> {
  const stored = await latestFit(trx);
  const fit = stored ?? options.defaultFit ?? null;
  const threshold = options.autoAcceptPrecision != null && fit ? thresholdForPrecision(fit, options.autoAcceptPrecision) : options.reviewThreshold;
  if (!stored) return { facts, threshold };
  const rescored = facts.map((f) => (f.rawConfidence !== undefined && f.cues ? { ...f, confidence: calibratedConfidence(stored, f.rawConfidence, f.cues) } : f));
  return { facts: rescored, threshold };
}

/** Statuses set by the machine, which a new extraction may recompute; the others are a reviewer's. */
const MACHINE_STATUSES = new Set(['pending', 'auto-accepted', 'retired']);
// A multi-row insert per chunk: ~27 columns each stays far below SQLite's bound-parameter limit.
const ROWS_PER_INSERT = 200;

/**
 * Inserts the facts not yet stored, updates those whose key persists (keeping a reviewer's status
 * and the reviews), retires those the new extraction no longer finds, and keeps the corroboration
 * groups in step, all in the caller's transaction. Figures implausible beside the store's trusted
 * figures of their series are sent to review first (magnitude-check.repository.ts).
 */
export async function replaceFacts(
  trx: Kysely<Database>,
  articleId: number,
  extracted: readonly Fact[],
  options: ReviewThresholdOptions,
): Promise<{ inserted: number; retired: number; insertedByType: Record<string, number> }> {
  const now = nowIso();
  const { facts, threshold } = await scoreForStore(trx, extracted, options);
  const current = await trx.selectFrom('facts').select(['id', 'fact_key', 'status', 'group_id', 'metric']).where('article_id', '=', articleId).execute();
  const byKey = new Map(current.map((f) => [f.fact_key, f]));
  const keyed = keyFacts(facts);
  // A reviewer's decision stands: only facts the machine may still re-sort are checked against the store.
  const mayChange = (i: number) => {
    const prior = byKey.get(keyed[i]!.key);
    return !prior || MACHINE_STATUSES.has(prior.status);
  };
  const checked = await checkStoreMagnitudes(trx, articleId, keyed.map((k) => k.fact), mayChange, threshold);
  const rows = keyed.map(({ key }, i) => {
    const fact = checked[i]!;
    return { fact, columns: factColumns(articleId, key, fact, threshold, now), prior: byKey.get(key) };
  });
  const specs = rows.map((r) => groupSpec(r.columns));
  const groupIds = await ensureGroups(trx, specs.flatMap((s) => (s ? [s] : [])));
  rows.forEach((r, i) => {
    const spec = specs[i];
    r.columns.group_id = spec ? (groupIds.get(spec.group_key) ?? null) : null;
  });
  const after: GroupMember[] = [];

  const fresh = rows.filter((r) => !r.prior);
  const idOf = new Map<string, number>();
  for (let i = 0; i < fresh.length; i += ROWS_PER_INSERT) {
    const part = fresh.slice(i, i + ROWS_PER_INSERT);
    const inserted = await trx.insertInto('facts').values(part.map((r) => r.columns)).returning(['id', 'fact_key']).execute();
    for (const f of inserted) idOf.set(f.fact_key, f.id);
  }

  const persisting = rows.filter((r) => r.prior);
  for (const r of persisting) {
    const prior = r.prior!;
    idOf.set(r.columns.fact_key, prior.id);
    const { created_at: _created, status, ...update } = r.columns;
    const kept = MACHINE_STATUSES.has(prior.status) ? status : prior.status;
    after.push({ group_id: r.columns.group_id, status: kept, metric: r.columns.metric });
    await trx
      .updateTable('facts')
      .set({ ...update, status: kept, retired_at: null })
      .where('id', '=', prior.id)
      .execute();
  }
  if (persisting.length > 0) {
    await trx.deleteFrom('fact_entities').where('fact_id', 'in', persisting.map((r) => r.prior!.id)).execute();
  }
  const stored = rows.map((r) => ({ id: idOf.get(r.columns.fact_key) ?? 0, fact: r.fact }));
  const companyOf = await resolveCompanyFacts(
    trx,
    articleId,
    stored.map(({ id, fact }) => ({ id, type: fact.type, value: String(fact.value), text: fact.text, sentence: fact.sentence })),
  );
  await linkEntities(trx, entityLinks(stored, companyOf));

  const wanted = new Set(rows.map((r) => r.columns.fact_key));
  const toRetire = current.filter((f) => !wanted.has(f.fact_key) && f.status !== 'retired');
  if (toRetire.length > 0) {
    await trx.updateTable('facts').set({ status: 'retired', retired_at: now, group_id: null }).where('id', 'in', toRetire.map((f) => f.id)).execute();
  }
  for (const r of fresh) after.push({ group_id: r.columns.group_id, status: r.columns.status, metric: r.columns.metric });
  await applyMemberChanges(trx, current, after);
  const insertedByType: Record<string, number> = {};
  for (const r of fresh) insertedByType[r.fact.type] = (insertedByType[r.fact.type] ?? 0) + 1;
  return { inserted: fresh.length, retired: toRetire.length, insertedByType };
}

function initialStatus(fact: Fact, threshold: number): 'auto-accepted' | 'pending' {
  return fact.confidence >= threshold ? 'auto-accepted' : 'pending';
}

function factColumns(articleId: number, key: string, fact: Fact, threshold: number, now: string) {
  const numeric = typeof fact.value === 'number';
  return {
    article_id: articleId,
    fact_key: key,
    type: fact.type,
    value_num: numeric ? (fact.value as number) : null,
    value_text: numeric ? null : String(fact.value),
    unit: fact.unit,
    qualifier: fact.qualifier,
    direction: fact.direction,
    kind: fact.kind,
    range_min: fact.range?.min ?? null,
    range_max: fact.range?.max ?? null,
    metric: fact.measurement?.metric ?? null,
    subject: fact.measurement?.subject ?? null,
    partner: fact.measurement?.partner ?? null,
    period: fact.measurement?.period ?? (fact.type === 'date' ? String(fact.value) : null),
    text: fact.text,
    sentence: fact.sentence,
    start: fact.start,
    end: fact.end,
    confidence: fact.confidence,
    reasons_json: JSON.stringify(fact.reasons),
    raw_confidence: fact.rawConfidence ?? null,
    cues_json: fact.cues ? JSON.stringify(fact.cues) : null,
    status: initialStatus(fact, threshold) as string,
    extractor_version: fact.extractorVersion,
    group_id: null as number | null,
    created_at: now,
    retired_at: null,
  };
}

interface EntityLink {
  factId: number;
  type: 'company' | 'country';
  /** Countries are found by canonical code; companies come resolved (entityId). */
  canonical: string;
  entityId?: number;
  alias: string | null;
  role: string;
}

/**
 * A fact's own entities (a company or country it names, the subject and partner it measures) and,
 * as `context`, the companies and countries named in the same sentence: "Lynas produced 10,500
 * tonnes" is found by --company Lynas through an index, with no sentence matching at query time.
 * Companies are the entities their mentions resolved to (`companyOf`); an unresolved one links nothing.
 */
function entityLinks(facts: readonly { id: number; fact: Fact }[], companyOf: ReadonlyMap<number, number>): EntityLink[] {
  const links: EntityLink[] = [];
  // Grouped by sentence occurrence, not sentence text: identical sentences repeated through a page
  // would otherwise pile into one list and link every fact to every copy's mentions (quadratic).
  const slots = sentenceSlots(facts.map((f) => f.fact));
  const mentionsBySlot = new Map<number, Omit<EntityLink, 'factId' | 'role' | 'alias'>[]>();
  facts.forEach(({ id, fact }, i) => {
    if (fact.type !== 'company' && fact.type !== 'country') return;
    const entityId = fact.type === 'company' ? companyOf.get(id) : undefined;
    if (fact.type === 'company' && entityId === undefined) return;
    const list = mentionsBySlot.get(slots[i]!) ?? [];
    // A sentence's own facts are capped upstream; this bound holds for results from anywhere.
    if (list.length < MAX_FACTS_PER_SENTENCE) list.push({ type: fact.type, canonical: String(fact.value), ...(entityId !== undefined ? { entityId } : {}) });
    mentionsBySlot.set(slots[i]!, list);
  });
  facts.forEach(({ id: factId, fact }, i) => {
    if (fact.type === 'company') {
      const entityId = companyOf.get(factId);
      if (entityId !== undefined) links.push({ factId, type: 'company', canonical: String(fact.value), entityId, alias: null, role: 'mention' });
    } else if (fact.type === 'country') {
      links.push({ factId, type: fact.type, canonical: String(fact.value), alias: fact.text, role: 'mention' });
    } else {
      for (const m of mentionsBySlot.get(slots[i]!) ?? []) links.push({ factId, ...m, alias: null, role: 'context' });
    }
    if (fact.measurement?.subject) links.push({ factId, type: 'country', canonical: fact.measurement.subject, alias: null, role: 'subject' });
    if (fact.measurement?.partner) links.push({ factId, type: 'country', canonical: fact.measurement.partner, alias: null, role: 'partner' });
  });
  return links;
}

/** Entities, aliases and fact links for a batch of facts: a handful of statements, not a few per fact. */
async function linkEntities(trx: Kysely<Database>, links: readonly EntityLink[]): Promise<void> {
  if (links.length === 0) return;
  const byName = links.filter((l) => l.entityId === undefined);
  const entities = [...new Map(byName.map((l) => [`${l.type}\u0000${l.canonical}`, { type: l.type, canonical: l.canonical }])).values()];
  if (entities.length > 0) await trx.insertInto('entities').values(entities).onConflict((oc) => oc.doNothing()).execute();
  const rows =
    entities.length === 0
      ? []
      : await trx
          .selectFrom('entities')
          .select(['id', 'type', 'canonical'])
          .where('canonical', 'in', entities.map((e) => e.canonical))
          .execute();
  const named = new Map(rows.map((r) => [`${r.type}\u0000${r.canonical}`, r.id]));
  const idOf = { get: (k: string) => named.get(k) };
  const aliases = new Map<string, { entity_id: number; alias: string }>();
  const factLinks = new Map<string, { fact_id: number; entity_id: number; role: string }>();
  for (const l of links) {
    const entityId = l.entityId ?? idOf.get(`${l.type}\u0000${l.canonical}`);
    if (entityId === undefined) continue;
    if (l.alias && l.alias !== l.canonical) aliases.set(`${entityId}\u0000${l.alias}`, { entity_id: entityId, alias: l.alias });
    factLinks.set(`${l.factId}\u0000${entityId}\u0000${l.role}`, { fact_id: l.factId, entity_id: entityId, role: l.role });
  }
  if (aliases.size > 0) await trx.insertInto('entity_aliases').values([...aliases.values()]).onConflict((oc) => oc.doNothing()).execute();
  const all = [...factLinks.values()];
  for (let i = 0; i < all.length; i += 500) {
    await trx.insertInto('fact_entities').values(all.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
  }
}
