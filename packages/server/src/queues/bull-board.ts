import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { QueueHealth } from './queue-health.ts';

/** bull-board's own app for our queues, served under `basePath` (auth is the caller's job). */
export function bullBoardApp(health: QueueHealth, basePath: string): Hono {
  const adapter = new HonoAdapter(serveStatic);
  adapter.setBasePath(basePath);
  createBullBoard({
    queues: Object.values(health.set.queues).map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'newsfacts queues' } },
  });
  return adapter.registerPlugin();
}
