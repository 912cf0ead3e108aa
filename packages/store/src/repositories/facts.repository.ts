import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { sourceLink } from '../source-link.ts';

export type StatusFilter = 'approved' | 'pending' | 'rejected' | 'auto-accepted' | 'retired' | 'trusted' | 'all';

export interface FactFilter {
  /** `trusted` (default) = approved + auto-accepted: what researchers see unless they ask for more. */
  status?: StatusFilter;
  type?: string;
  articleId?: number;
}

/** One fact as researchers and the CLI see it. */
export interface FactView {
  id: number;
  article_id: number;
  article_url: string;
  type: string;
  value: number | string | null;
  unit: string | null;
  qualifier: string | null;
  direction: string | null;
  period: string | null;
  text: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  reasons: string[];
  status: string;
  source_link: string;
}

export function statusesFor(filter: StatusFilter): string[] | null {
  if (filter === 'all') return null;
  if (filter === 'trusted') return ['approved', 'auto-accepted'];
  return [filter];
}

export async function listFacts(db: Kysely<Database>, filter: FactFilter = {}): Promise<FactView[]> {
  let query = db
    .selectFrom('facts')
    .innerJoin('articles', 'articles.id', 'facts.article_id')
    .selectAll('facts')
    .select('articles.url as article_url');
  const statuses = statusesFor(filter.status ?? 'trusted');
  if (statuses) query = query.where('facts.status', 'in', statuses);
  if (filter.type) query = query.where('facts.type', '=', filter.type);
  if (filter.articleId !== undefined) query = query.where('facts.article_id', '=', filter.articleId);
  const rows = await query.orderBy('facts.article_id').orderBy('facts.start').orderBy('facts.id').execute();
  return rows.map((r) => ({
    id: r.id,
    article_id: r.article_id,
    article_url: r.article_url,
    type: r.type,
    value: r.value_num ?? r.value_text,
    unit: r.unit,
    qualifier: r.qualifier,
    direction: r.direction,
    period: r.period,
    text: r.text,
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    confidence: r.confidence,
    reasons: JSON.parse(r.reasons_json) as string[],
    status: r.status,
    source_link: sourceLink(r.article_url, r.sentence),
  }));
}

export interface FactCounts {
  byType: Record<string, number>;
  byStatus: Record<string, number>;
}

export async function countFacts(db: Kysely<Database>): Promise<FactCounts> {
  const rows = await db
    .selectFrom('facts')
    .select(['type', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '!=', 'retired')
    .groupBy(['type', 'status'])
    .execute();
  const byType: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  for (const r of rows) {
    byType[r.type] = (byType[r.type] ?? 0) + Number(r.n);
    byStatus[r.status] = (byStatus[r.status] ?? 0) + Number(r.n);
  }
  return { byType, byStatus };
}
