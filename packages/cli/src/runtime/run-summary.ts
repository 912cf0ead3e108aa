import { type QueueSet, queueCounts } from '@newsfacts/queues';
import { countFacts, type Store } from '@newsfacts/store';

export interface RunSummary {
  articles: number;
  factsByType: Record<string, number>;
  pendingReview: number;
  failedJobs: Record<string, number>;
  fetchErrors: number;
  database: string;
}

export async function summarizeRun(store: Store, queues: QueueSet, since: string): Promise<RunSummary> {
  const articles = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const { byType, byStatus } = await countFacts(store.db);
  const fetchErrors = await store.db
    .selectFrom('fetches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('error', 'is not', null)
    .where('fetched_at', '>=', since)
    .executeTakeFirstOrThrow();
  const counts = await queueCounts(queues);
  const failedJobs = Object.fromEntries(Object.entries(counts).filter(([, c]) => (c.failed ?? 0) > 0).map(([q, c]) => [q, c.failed ?? 0]));
  return {
    articles: Number(articles.n),
    factsByType: byType,
    pendingReview: byStatus.pending ?? 0,
    failedJobs,
    fetchErrors: Number(fetchErrors.n),
    database: store.path,
  };
}

export function formatSummary(s: RunSummary): string {
  const types = Object.entries(s.factsByType).sort(([a], [b]) => a.localeCompare(b));
  const total = types.reduce((n, [, c]) => n + c, 0);
  const failed = Object.entries(s.failedJobs);
  return [
    `articles stored:   ${s.articles}`,
    `facts:             ${total}${types.length ? ` (${types.map(([t, c]) => `${t} ${c}`).join(', ')})` : ''}`,
    `pending review:    ${s.pendingReview}`,
    `failures:          ${failed.length ? failed.map(([q, c]) => `${q} ${c}`).join(', ') : 'no failed jobs'}; ${s.fetchErrors} fetch error(s) this run`,
    `database:          ${s.database}`,
  ].join('\n');
}
