export { createApp, type AppOptions, type WebSecurityOptions, WEB_SECURITY_DEFAULTS } from './app.ts';
export type { WebLogger } from './auth/auth-failures.ts';
export { startServer, type RunningServer } from './serve.ts';
export { createQueueHealth, type QueueHealth, type QueueAccessOptions } from './queues/queue-health.ts';
export { createUser, listUsers, removeUser, findUserByToken, DuplicateUserError, type User } from './repositories/users.repository.ts';
export { leaseNext, DEFAULT_LEASE_MS } from './repositories/leases.repository.ts';
export { decide, undoLast, reopen, reviewHistory, ReviewConflict } from './repositories/reviews.repository.ts';
export { loadReviewItems } from './repositories/review-items.repository.ts';
export { asServerDb, type ServerDb, type ServerDatabase } from './server-database.ts';
