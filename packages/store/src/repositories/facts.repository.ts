import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { type FactRecord, MAX_PAGE, queryFacts } from '../queries/facts-query.ts';

export type StatusFilter = 'approved' | 'pending' | 'rejected' | 'auto-accepted' | 'retired' | 'trusted' | 'all';

export interface FactFilter {
  /** `trusted` (default) = approved + auto-accepted: what researchers see unless they ask for more. */
  status?: StatusFilter;
  type?: string;
  articleId?: number;
}

export function statusesFor(filter: StatusFilter): string[] | null {
  if (filter === 'all') return null;
  if (filter === 'trusted') return ['approved', 'auto-accepted'];
  return [filter];
}

/** Every fact matching a simple filter, in id order; the query layer's pages, collected. */
export async function listFacts(db: Kysely<Database>, filter: FactFilter = {}): Promise<FactRecord[]> {
  const out: FactRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await queryFacts(db, { status: filter.status ?? 'trusted', type: filter.type, articleId: filter.articleId }, { cursor, limit: MAX_PAGE });
    out.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
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
