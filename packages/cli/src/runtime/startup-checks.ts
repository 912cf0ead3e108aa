import { Redis } from 'ioredis';
import { RedisUnavailableError } from './ensure-redis.ts';

/** BullMQ's own floor: its Lua scripts use commands that came with Redis 6.2. */
export const MIN_REDIS_VERSION = '6.2.0';

export interface RedisServerFacts {
  version: string;
  /** null when the server would not say (CONFIG disabled and INFO without the field). */
  evictionPolicy: string | null;
}

export interface StartupLog {
  warn(obj: object, msg: string): void;
}

/**
 * Refuses to start on a Redis BullMQ cannot run on, and warns loudly when Redis may evict keys:
 * under memory pressure an evicting Redis drops queue keys and jobs vanish without a trace.
 */
export async function checkRedisServer(url: string, log: StartupLog): Promise<RedisServerFacts> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    try {
      await client.connect();
    } catch (error) {
      throw new RedisUnavailableError(`no Redis answers at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const facts = await readRedisServer(client);
    const problem = versionProblem(facts.version);
    if (problem) throw new RedisUnavailableError(problem);
    const warning = evictionWarning(facts.evictionPolicy);
    if (warning) log.warn({ maxmemoryPolicy: facts.evictionPolicy }, warning);
    return facts;
  } finally {
    client.disconnect();
  }
}

export async function readRedisServer(client: Redis): Promise<RedisServerFacts> {
  const server = parseRedisInfo(await client.info('server'));
  return { version: server.redis_version ?? '0', evictionPolicy: await readEvictionPolicy(client) };
}

/** Managed Redis often disables CONFIG; INFO memory carries the same setting. */
async function readEvictionPolicy(client: Redis): Promise<string | null> {
  try {
    const reply = (await client.call('CONFIG', 'GET', 'maxmemory-policy')) as string[];
    if (reply[1]) return reply[1];
  } catch {
    // CONFIG renamed away or denied by an ACL: fall through to INFO
  }
  return parseRedisInfo(await client.info('memory')).maxmemory_policy ?? null;
}

/** `INFO` text (`# Section` headers, `key:value` lines) as a flat map. */
export function parseRedisInfo(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 1).trim();
  }
  return fields;
}

/** Compares dotted versions numerically (`6.10` is after `6.2`); missing parts count as 0. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const have = parts(version);
  const want = parts(minimum);
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

export function versionProblem(version: string): string | null {
  if (versionAtLeast(version, MIN_REDIS_VERSION)) return null;
  return `Redis ${version} is too old: newsfacts (BullMQ) needs Redis ${MIN_REDIS_VERSION} or later. Upgrade Redis or point REDIS_URL at a newer server.`;
}

export function evictionWarning(policy: string | null): string | null {
  if (policy === 'noeviction') return null;
  if (policy === null) return 'could not read Redis maxmemory-policy; it must be noeviction, or BullMQ loses jobs when Redis runs out of memory';
  return `Redis maxmemory-policy is ${policy}, not noeviction: when Redis runs out of memory it will evict queue keys and BullMQ will lose jobs. Set maxmemory-policy noeviction.`;
}

function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
