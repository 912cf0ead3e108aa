import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .default('0')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every environment variable newsfacts reads, with its default. The only place that knows them. */
export const EnvSchema = z.object({
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  NEWSFACTS_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')
    .default('newsfacts'),
  NEWSFACTS_DB: z.string().min(1).default('./data/newsfacts.db'),
  NEWSFACTS_ALLOW_PRIVATE_NETWORKS: flag,
  NEWSFACTS_REVIEW_THRESHOLD: z.coerce.number().min(0).max(1).default(0.8),
  NEWSFACTS_CONTACT_URL: z.string().default('https://github.com/newsfacts/newsfacts'),
  NEWSFACTS_USER_AGENT: z.string().optional(),
  NEWSFACTS_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  NEWSFACTS_MAX_BODY_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  NEWSFACTS_CONCURRENCY: z.coerce.number().int().positive().max(256).default(8),
  NEWSFACTS_HOST_MIN_DELAY_MS: z.coerce.number().int().nonnegative().default(1000),
  NEWSFACTS_HOST_MAX_CONCURRENT: z.coerce.number().int().positive().default(2),
  NEWSFACTS_RESPECT_ROBOTS: z
    .enum(['0', '1', 'true', 'false', 'yes', 'no'])
    .default('1')
    .transform((v) => v === '1' || v === 'true' || v === 'yes'),
  NEWSFACTS_FEED_INTERVAL_MINUTES: z.coerce.number().int().positive().default(15),
  // How long a worker's hold on a job lasts without renewal; a crashed worker's jobs go back to the
  // queue after about this long.
  NEWSFACTS_JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  // On SIGTERM, how long running jobs may take to finish before they are released to other workers.
  NEWSFACTS_SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(20_000),
  // Per page: cleaning and fact extraction past this are stopped and the job fails for good.
  NEWSFACTS_EXTRACT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // How long the store waits for more articles to share a commit (0: only those that arrive together).
  NEWSFACTS_COMMIT_LINGER_MS: z.coerce.number().int().nonnegative().max(10_000).default(200),
  // New items of one feed turned into fetch jobs per poll at most; the rest wait for later polls.
  NEWSFACTS_MAX_NEW_ITEMS_PER_POLL: z.coerce.number().int().positive().default(200),
  NEWSFACTS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The worker processes' /metrics, /healthz and /readyz listener. Unset: 9464 for `run` and
  // `worker`, none for `run --until-idle` and the demo. 0 turns it off.
  NEWSFACTS_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  NEWSFACTS_METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  // When set, /metrics (workers and web app) wants `Authorization: Bearer <token>`.
  NEWSFACTS_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // The web app refuses request bodies past this (413) before reading them; sign-in has its own, smaller cap.
  NEWSFACTS_HTTP_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  // Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto the web app believes:
  // comma-separated IPs, CIDR ranges or proxy-addr names (loopback, linklocal, uniquelocal). Empty: none.
  NEWSFACTS_TRUST_PROXY: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  // 0: the session cookie is Secure only on requests that arrived over HTTPS (directly or via a trusted proxy).
  NEWSFACTS_COOKIE_SECURE: z
    .enum(['0', '1', 'true', 'false', 'yes', 'no'])
    .default('1')
    .transform((v) => v === '1' || v === 'true' || v === 'yes'),
  // Failed sign-ins and bad bearer tokens one client may make per window before it gets 429s.
  NEWSFACTS_AUTH_FAILURE_LIMIT: z.coerce.number().int().positive().default(10),
  NEWSFACTS_AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
});
export type Env = z.infer<typeof EnvSchema>;
