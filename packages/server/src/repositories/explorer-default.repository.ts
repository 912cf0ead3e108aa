import { sql } from 'kysely';
import type { ServerDb } from '../server-database.ts';

export interface DefaultSeries {
  type: string;
  metric: string;
  unit: string | null;
  newestPeriod: string;
  sources: number;
}

/** The explorer's first query looks at recent facts only: opening the page never reads the whole table. */
const RECENT_FACTS = 50_000;

/**
 * The series the explorer opens on: among recent trusted figures with a metric and a period, the
 * (type, metric, unit) reported by the most articles, with its newest period.
 */
export async function defaultSeries(db: ServerDb): Promise<DefaultSeries | null> {
  const { max } = await db.selectFrom('facts').select((eb) => eb.fn.max('id').as('max')).executeTakeFirstOrThrow();
  const row = await db
    .selectFrom('facts')
    .select(['type', 'metric', 'unit'])
    .select((eb) => [eb.fn.count<number>(sql`DISTINCT article_id`).as('sources'), eb.fn.max('period').as('newest')])
    .where('id', '>', Number(max ?? 0) - RECENT_FACTS)
    .where('status', 'in', ['approved', 'auto-accepted'])
    .where('metric', 'is not', null)
    .where('period', 'is not', null)
    .where('value_num', 'is not', null)
    .groupBy(['type', 'metric', 'unit'])
    .orderBy('sources', 'desc')
    .orderBy('newest', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row?.metric || !row.newest) return null;
  return { type: row.type, metric: row.metric, unit: row.unit, newestPeriod: String(row.newest), sources: Number(row.sources) };
}
