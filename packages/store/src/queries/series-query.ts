import { COPY_DIFFERS, figureOrigins, type FigureSource } from '@newsfacts/origins';
import type { Kysely } from 'kysely';
import { conflictingGroups, metricWords, normalizeValue } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';
import { sourceLink } from '../source-link.ts';
import { applyFactFilters, type FactQuery, resolveIds } from './fact-filter.ts';
import { periodBucket, type SeriesResolution } from './query-terms.ts';

export interface SeriesValue {
  value: number;
  /** Distinct articles reporting this value for the period. */
  sources: number;
  source_links: string[];
  /** Independent origins reporting this value: copies of one story count once. */
  origins: number;
}

/** One period of a series: the best-sourced value, its sources, and the other values reported. */
export interface SeriesPoint {
  period: string;
  unit: string | null;
  value: number;
  sources: number;
  source_links: string[];
  /** True when sources disagree on the figure (here, or in the stored corroboration groups). */
  conflict: boolean;
  alternatives: SeriesValue[];
  /** Independent origins of the chosen value, and their outlets. */
  origins: number;
  origin_outlets: string[];
  /** "copy differs from its origin" when the only disagreement is between copies of one story. */
  conflict_note: string | null;
}

export const SERIES_COLUMNS = ['period', 'unit', 'value', 'sources', 'conflict', 'alternatives', 'source_links', 'origins', 'origin_outlets', 'conflict_note'] as const;

interface Candidate {
  id: number;
  value_num: number;
  metric: Set<string>;
  articles: Set<number>;
  links: string[];
  confidence: number;
  flagged: boolean;
  reports: FigureSource[];
}

interface Ranked extends Candidate {
  origins: ReturnType<typeof figureOrigins>;
}

/**
 * The facts matching `q` that carry a numeric value and a period, bucketed by `by` and unit. Each
 * bucket gives one value: the one most independent origins report (then most articles, then the
 * most confident), with the others listed and a conflict flag when they disagree. Ten sites
 * reposting one wire story do not outvote two outlets that each did their own reporting.
 */
export async function querySeries(db: Kysely<Database>, q: FactQuery, by: SeriesResolution): Promise<SeriesPoint[]> {
  const ids = await resolveIds(db, q);
  const rows = await applyFactFilters(db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), q, ids)
    .leftJoin('fact_groups', 'fact_groups.id', 'facts.group_id')
    .select(['facts.id', 'facts.value_num', 'facts.unit', 'facts.period', 'facts.metric', 'facts.article_id', 'facts.sentence', 'facts.confidence', 'articles.url', 'fact_groups.conflict', 'articles.origin_id', 'articles.origin_outlet', 'articles.site_name'])
    .where('facts.period', 'is not', null)
    .where('facts.value_num', 'is not', null)
    .orderBy('articles.published')
    .orderBy('facts.id')
    .execute();
  const buckets = new Map<string, { period: string; unit: string | null; candidates: Map<number, Candidate> }>();
  for (const r of rows) {
    const period = r.period === null ? null : periodBucket(r.period, by);
    if (period === null || r.value_num === null) continue;
    const key = JSON.stringify([period, r.unit]);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { period, unit: r.unit, candidates: new Map() }));
    const value = normalizeValue(r.value_num);
    let c = bucket.candidates.get(value);
    if (!c) bucket.candidates.set(value, (c = { id: bucket.candidates.size, value_num: value, metric: new Set(), articles: new Set(), links: [], confidence: 0, flagged: false, reports: [] }));
    for (const w of metricWords(r.metric)) c.metric.add(w);
    if (!c.articles.has(r.article_id)) {
      c.articles.add(r.article_id);
      c.links.push(sourceLink(r.url, r.sentence));
      c.reports.push({ origin_id: r.origin_id, origin_outlet: r.origin_outlet, sentence: r.sentence, outlet: r.site_name, article_id: r.article_id });
    }
    c.confidence = Math.max(c.confidence, r.confidence);
    c.flagged ||= r.conflict === 1;
  }
  const points: SeriesPoint[] = [];
  for (const bucket of buckets.values()) {
    const ranked: Ranked[] = [...bucket.candidates.values()]
      .map((c) => ({ ...c, origins: figureOrigins(c.reports) }))
      .sort((a, b) => b.origins.count - a.origins.count || b.articles.size - a.articles.size || b.confidence - a.confidence || a.value_num - b.value_num);
    const best = ranked[0];
    if (!best) continue;
    const rivals = conflictingGroups(ranked);
    const disagree = rivals.size > 0;
    points.push({
      period: bucket.period,
      unit: bucket.unit,
      value: best.value_num,
      sources: best.articles.size,
      source_links: best.links,
      conflict: disagree || best.flagged,
      alternatives: ranked.slice(1).map((c) => ({ value: c.value_num, sources: c.articles.size, source_links: c.links, origins: c.origins.count })),
      origins: best.origins.count,
      origin_outlets: best.origins.names,
      conflict_note: disagree && onlyCopiesDisagree(ranked.filter((c) => rivals.has(c.id))) ? COPY_DIFFERS : null,
    });
  }
  return points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : String(a.unit).localeCompare(String(b.unit))));
}

/** True when every disagreeing value shares an origin with another of them: copies that differ. */
function onlyCopiesDisagree(disagreeing: readonly Ranked[]): boolean {
  if (disagreeing.length < 2) return false;
  const originsOf = (c: Ranked) => new Set(c.reports.map((r) => r.origin_id).filter((o): o is number => o !== null));
  return disagreeing.every((c) => {
    const mine = originsOf(c);
    return disagreeing.some((o) => o !== c && [...originsOf(o)].some((x) => mine.has(x)));
  });
}
