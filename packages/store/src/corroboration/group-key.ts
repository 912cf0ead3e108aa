/** Fact types whose figures can be corroborated: a measured value with a unit. */
export const GROUPABLE_TYPES: ReadonlySet<string> = new Set(['tonnage', 'percentage', 'money']);

/** Significant digits two figures must share to count as the same value (absorbs unit-conversion noise, not 420.5 vs 421). */
export const VALUE_SIGNIFICANT_DIGITS = 6;

/** Statuses that count as a live source of a group: everything a reviewer has not thrown out. */
export const LIVE_STATUSES = ['pending', 'auto-accepted', 'approved'] as const;

export interface GroupableFact {
  type: string;
  value_num: number | null;
  unit: string | null;
  kind: string | null;
  direction: string | null;
  period: string | null;
  subject: string | null;
  partner: string | null;
}

export interface GroupSpec {
  group_key: string;
  conflict_key: string;
  type: string;
  value_num: number;
  unit: string | null;
  kind: string | null;
  direction: string | null;
  period: string | null;
  subject: string | null;
  partner: string | null;
}

export function normalizeValue(value: number): number {
  return Number(value.toPrecision(VALUE_SIGNIFICANT_DIGITS));
}

/**
 * The group a fact belongs to, or null. A figure needs a period to be corroborated: "420.5 tonnes"
 * with no time anchor in two stories is too weak to call the same fact. Percentages keep their kind
 * and direction in the key, since "fell 28.7%" and "rose 28.7%" are not the same claim. The conflict
 * key is empty (never checked) when neither subject nor partner is known.
 */
export function groupSpec(fact: GroupableFact): GroupSpec | null {
  if (!GROUPABLE_TYPES.has(fact.type) || fact.value_num === null || !Number.isFinite(fact.value_num) || !fact.period) return null;
  const isPercent = fact.type === 'percentage';
  const kind = isPercent ? fact.kind : null;
  const direction = isPercent ? fact.direction : null;
  // Without a subject or partner two figures may be about different countries: no conflict is claimed.
  const conflictKey = fact.subject || fact.partner ? JSON.stringify([fact.type, fact.unit, kind, direction, fact.period, fact.subject, fact.partner]) : '';
  const value = normalizeValue(fact.value_num);
  return {
    group_key: JSON.stringify([fact.type, fact.unit, kind, direction, fact.period, fact.subject, fact.partner, value]),
    conflict_key: conflictKey,
    type: fact.type,
    value_num: value,
    unit: fact.unit,
    kind,
    direction,
    period: fact.period,
    subject: fact.subject,
    partner: fact.partner,
  };
}

const STOP_WORDS = new Set(['of', 'the', 'a', 'an', 'to', 'from', 'in', 'for', 'and', 'its', 'total', 'bound']);

/** Content words of a metric ("exports of magnets" -> {export, magnet}) so that phrasings compare. */
export function metricWords(metric: string | null): Set<string> {
  const words = new Set<string>();
  if (!metric) return words;
  for (const raw of metric.toLowerCase().split(/[^a-z]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    words.add(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

export interface ConflictCandidate {
  id: number;
  value_num: number;
  /** Metric words over the group's live members; empty when no member names its metric. */
  metric: Set<string>;
}

/**
 * Which groups of one conflict bucket disagree with another. Two groups conflict when their values
 * differ and their metrics are compatible: unknown on either side, or sharing a word. "exports" and
 * "magnet exports" may be the same series; "exports" and "output" are not.
 */
export function conflictingGroups(candidates: readonly ConflictCandidate[]): Set<number> {
  const conflicting = new Set<number>();
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i];
      const b = candidates[j];
      if (!a || !b || a.value_num === b.value_num || !metricsCompatible(a.metric, b.metric)) continue;
      conflicting.add(a.id);
      conflicting.add(b.id);
    }
  }
  return conflicting;
}

function metricsCompatible(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const w of a) if (b.has(w)) return true;
  return false;
}
