import { type QueueSet, queueCounts } from '@newsfacts/queues';
import { countFacts, type Store } from '@newsfacts/store';

export interface RunSummary {
  articles: number;
  factsByType: Record<string, number>;
  pendingReview: number;
  failedJobs: Record<string, number>;
  fetchErrors: number;
  /** Articles held back from fetching until an operator retries them. */
  quarantined: number;
  /** Facts the caps left out of articles stored this run. */
  factsDropped: number;
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
  const quarantined = await store.db.selectFrom('quarantined_articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const dropped = await store.db.selectFrom('articles').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('facts_dropped'), eb.lit(0)).as('n')).where('updated_at', '>=', since).executeTakeFirstOrThrow();
  const counts = await queueCounts(queues);
  const failedJobs = Object.fromEntries(Object.entries(counts).filter(([, c]) => (c.failed ?? 0) > 0).map(([q, c]) => [q, c.failed ?? 0]));
  return {
    articles: Number(articles.n),
    factsByType: byType,
    pendingReview: byStatus.pending ?? 0,
    failedJobs,
    fetchErrors: Number(fetchErrors.n),
    quarantined: Number(quarantined.n),
    factsDropped: Number(dropped.n),
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
    ...(s.factsDropped ? [`facts dropped:     ${s.factsDropped} by the per-sentence and per-article caps (see \`newsfacts articles\`)`] : []),
    ...(s.quarantined ? [`quarantined:       ${s.quarantined} article(s) (see \`newsfacts jobs quarantined\`)`] : []),
    `failures:          ${failed.length ? failed.map(([q, c]) => `${q} ${c}`).join(', ') : 'no failed jobs'}; ${s.fetchErrors} fetch error(s) this run`,
    `database:          ${s.database}`,
  ].join('\n');
}
