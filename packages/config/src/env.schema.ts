import * as z from 'zod/mini';
import { en } from 'zod/locales';

// zod/mini, not the classic API: the same checks, and a schema costs far less to build, which every
// command does on start (a query command of the CLI, many times a minute). zod/mini leaves messages to
// a locale; this loads the English the classic API loads with its first schema.
z.config(en());

/** A coerced number with its checks. */
const num = (...checks: Parameters<ReturnType<typeof z.coerce.number>['check']>) => z.coerce.number().check(...checks);

const flag = z.pipe(z._default(z.enum(['0', '1', 'true', 'false', 'yes', 'no', '']), '0'), z.transform((v) => v === '1' || v === 'true' || v === 'yes'));

/** Every environment variable newsfacts reads, with its default. The only place that knows them. */
export const EnvSchema = z.object({
  REDIS_URL: z._default(z.string().check(z.url()), 'redis://127.0.0.1:6379'),
  NEWSFACTS_QUEUE_PREFIX: z._default(z.string().check(z.regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits and _ . : - only')), 'newsfacts'),
  NEWSFACTS_DB: z._default(z.string().check(z.minLength(1)), './data/newsfacts.db'),
  NEWSFACTS_ALLOW_PRIVATE_NETWORKS: flag,
  NEWSFACTS_REVIEW_THRESHOLD: z._default(num(z.gte(0), z.lte(1)), 0.8),
  // When set, replaces the review threshold: the lowest confidence whose estimated precision of
  // auto-accepted facts meets this target under the calibration fit in use.
  NEWSFACTS_AUTO_ACCEPT_PRECISION: z.optional(num(z.gte(0.5), z.lte(1))),
  NEWSFACTS_CONTACT_URL: z._default(z.string(), 'https://github.com/newsfacts/newsfacts'),
  NEWSFACTS_USER_AGENT: z.optional(z.string()),
  NEWSFACTS_FETCH_TIMEOUT_MS: z._default(num(z.int(), z.positive()), 20_000),
  NEWSFACTS_MAX_BODY_BYTES: z._default(num(z.int(), z.positive()), 10 * 1024 * 1024),
  NEWSFACTS_CONCURRENCY: z._default(num(z.int(), z.positive(), z.lte(256)), 8),
  NEWSFACTS_HOST_MIN_DELAY_MS: z._default(num(z.int(), z.nonnegative()), 1000),
  NEWSFACTS_HOST_MAX_CONCURRENT: z._default(num(z.int(), z.positive()), 2),
  NEWSFACTS_RESPECT_ROBOTS: z.pipe(z._default(z.enum(['0', '1', 'true', 'false', 'yes', 'no']), '1'), z.transform((v) => v === '1' || v === 'true' || v === 'yes')),
  NEWSFACTS_FEED_INTERVAL_MINUTES: z._default(num(z.int(), z.positive()), 15),
  // How long a worker's hold on a job lasts without renewal; a crashed worker's jobs go back to the
  // queue after about this long.
  NEWSFACTS_JOB_LOCK_MS: z._default(num(z.int(), z.gte(1000)), 30_000),
  // On SIGTERM, how long running jobs may take to finish before they are released to other workers.
  NEWSFACTS_SHUTDOWN_GRACE_MS: z._default(num(z.int(), z.nonnegative()), 20_000),
  // Per page: cleaning and fact extraction past this are stopped and the job fails for good.
  NEWSFACTS_EXTRACT_TIMEOUT_MS: z._default(num(z.int(), z.positive()), 30_000),
  // How long the store waits for more articles to share a commit (0: only those that arrive together).
  NEWSFACTS_COMMIT_LINGER_MS: z._default(num(z.int(), z.nonnegative(), z.lte(10_000)), 200),
  // New items of one feed turned into fetch jobs per poll at most; the rest wait for later polls.
  NEWSFACTS_MAX_NEW_ITEMS_PER_POLL: z._default(num(z.int(), z.positive()), 200),
  NEWSFACTS_LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  // The worker processes' /metrics, /healthz and /readyz listener. Unset: 9464 for `run` and
  // `worker`, none for `run --until-idle` and the demo. 0 turns it off.
  NEWSFACTS_METRICS_PORT: z.optional(num(z.int(), z.gte(0), z.lte(65535))),
  NEWSFACTS_METRICS_HOST: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  // When set, /metrics (workers and web app) wants `Authorization: Bearer <token>`.
  NEWSFACTS_METRICS_TOKEN: z.optional(z.string().check(z.minLength(16, 'at least 16 characters'))),
  // The web app refuses request bodies past this (413) before reading them; sign-in has its own, smaller cap.
  NEWSFACTS_HTTP_MAX_BODY_BYTES: z._default(num(z.int(), z.positive()), 1024 * 1024),
  // Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto the web app believes:
  // comma-separated IPs, CIDR ranges or proxy-addr names (loopback, linklocal, uniquelocal). Empty: none.
  NEWSFACTS_TRUST_PROXY: z.pipe(z._default(z.string(), ''), z.transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))),
  // 0: the session cookie is Secure only on requests that arrived over HTTPS (directly or via a trusted proxy).
  NEWSFACTS_COOKIE_SECURE: z.pipe(z._default(z.enum(['0', '1', 'true', 'false', 'yes', 'no']), '1'), z.transform((v) => v === '1' || v === 'true' || v === 'yes')),
  // Failed sign-ins and bad bearer tokens one client may make per window before it gets 429s.
  NEWSFACTS_AUTH_FAILURE_LIMIT: z._default(num(z.int(), z.positive()), 10),
  NEWSFACTS_AUTH_FAILURE_WINDOW_SECONDS: z._default(num(z.int(), z.positive()), 900),
});
export type Env = z.infer<typeof EnvSchema>;
