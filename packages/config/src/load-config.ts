import { EnvSchema } from './env.schema.ts';

export interface Config {
  redisUrl: string;
  queuePrefix: string;
  dbPath: string;
  allowPrivateNetworks: boolean;
  reviewThreshold: number;
  userAgent: string;
  fetchTimeoutMs: number;
  maxBodyBytes: number;
  concurrency: number;
  feedIntervalMinutes: number;
  hostMinDelayMs: number;
  hostMaxConcurrent: number;
  respectRobots: boolean;
  jobLockMs: number;
  shutdownGraceMs: number;
  extractTimeoutMs: number;
  /** Longest an article waits for others to share its commit. */
  commitLingerMs: number;
  /** New feed items turned into fetch jobs per poll at most; later polls take the rest. */
  maxNewItemsPerPoll: number;
  logLevel: string;
  /** null: the command's default (a listener for long-running workers, none for one-shot runs). */
  metricsPort: number | null;
  metricsHost: string;
  metricsToken: string | null;
  /** Web app: request bodies past this many bytes get a 413 before they are read. */
  httpMaxBodyBytes: number;
  /** proxy-addr trust list for X-Forwarded-For / X-Forwarded-Proto; empty trusts no proxy. */
  trustProxy: string[];
  secureCookies: boolean;
  authFailureLimit: number;
  authFailureWindowSeconds: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once; fails listing every bad key so an operator fixes them in one go. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(EnvSchema.shape).flatMap((key) => (env[key] === undefined ? [] : [[key, env[key]]])),
  );
  const parsed = EnvSchema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    redisUrl: e.REDIS_URL,
    queuePrefix: e.NEWSFACTS_QUEUE_PREFIX,
    dbPath: e.NEWSFACTS_DB,
    allowPrivateNetworks: e.NEWSFACTS_ALLOW_PRIVATE_NETWORKS,
    reviewThreshold: e.NEWSFACTS_REVIEW_THRESHOLD,
    userAgent: e.NEWSFACTS_USER_AGENT ?? `newsfacts/0.1 (+${e.NEWSFACTS_CONTACT_URL})`,
    fetchTimeoutMs: e.NEWSFACTS_FETCH_TIMEOUT_MS,
    maxBodyBytes: e.NEWSFACTS_MAX_BODY_BYTES,
    concurrency: e.NEWSFACTS_CONCURRENCY,
    feedIntervalMinutes: e.NEWSFACTS_FEED_INTERVAL_MINUTES,
    hostMinDelayMs: e.NEWSFACTS_HOST_MIN_DELAY_MS,
    hostMaxConcurrent: e.NEWSFACTS_HOST_MAX_CONCURRENT,
    respectRobots: e.NEWSFACTS_RESPECT_ROBOTS,
    jobLockMs: e.NEWSFACTS_JOB_LOCK_MS,
    shutdownGraceMs: e.NEWSFACTS_SHUTDOWN_GRACE_MS,
    extractTimeoutMs: e.NEWSFACTS_EXTRACT_TIMEOUT_MS,
    commitLingerMs: e.NEWSFACTS_COMMIT_LINGER_MS,
    maxNewItemsPerPoll: e.NEWSFACTS_MAX_NEW_ITEMS_PER_POLL,
    logLevel: e.NEWSFACTS_LOG_LEVEL,
    metricsPort: e.NEWSFACTS_METRICS_PORT ?? null,
    metricsHost: e.NEWSFACTS_METRICS_HOST,
    metricsToken: e.NEWSFACTS_METRICS_TOKEN ?? null,
    httpMaxBodyBytes: e.NEWSFACTS_HTTP_MAX_BODY_BYTES,
    trustProxy: e.NEWSFACTS_TRUST_PROXY,
    secureCookies: e.NEWSFACTS_COOKIE_SECURE,
    authFailureLimit: e.NEWSFACTS_AUTH_FAILURE_LIMIT,
    authFailureWindowSeconds: e.NEWSFACTS_AUTH_FAILURE_WINDOW_SECONDS,
  };
}
