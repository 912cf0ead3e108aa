import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { type FailedJobs, homePage } from '../pages/home.page.ts';
import type { QueueHealth } from '../queues/queue-health.ts';
import { homeSummary } from '../repositories/home.repository.ts';
import type { ServerDb } from '../server-database.ts';

async function failedJobs(queues: QueueHealth | null): Promise<FailedJobs | null> {
  if (!queues) return null;
  if (!(await queues.available())) return { ok: false, reason: 'Redis does not answer: failed jobs cannot be counted.' };
  const counts = await queues.counts();
  return { ok: true, byQueue: Object.fromEntries(Object.entries(counts).map(([queue, c]) => [queue, c.failed ?? 0])) };
}

/** `/`: the home page for a signed-in user, the sign-in page otherwise. */
export function homeRoutes(db: ServerDb, queues: QueueHealth | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const user = c.get('user');
    if (!user) return c.redirect('/sign-in', 302);
    const summary = await homeSummary(db, user.id, new Date().toISOString());
    const failed = user.role === 'operator' || user.role === 'admin' ? await failedJobs(queues) : null;
    return c.html(homePage(user, c.get('csrfToken'), summary, failed));
  });
  return app;
}
