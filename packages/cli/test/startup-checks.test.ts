import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { assertEveryQueueHasOneProcessor, checkRedisServer, evictionWarning, parseRedisInfo, queueWiringProblems, readRedisServer, versionAtLeast, versionProblem } from '../src/index.ts';
import { RedisUnavailableError } from '../src/runtime/ensure-redis.ts';
import { freePort, startPrivateRedis } from './private-redis.ts';
import { REDIS_URL } from './test-pipeline.ts';

/** Collects warnings the way pino would receive them. */
function warnings(): { warn(obj: object, msg: string): void; lines: { obj: object; msg: string }[] } {
  const lines: { obj: object; msg: string }[] = [];
  return { lines, warn: (obj, msg) => void lines.push({ obj, msg }) };
}

describe('Redis INFO and versions', () => {
  it('reads INFO sections into fields', () => {
    const info = '# Server\r\nredis_version:7.2.4\r\nredis_mode:standalone\r\n\r\n# Memory\r\nmaxmemory_policy:allkeys-lru\r\n';
    expect(parseRedisInfo(info)).toEqual({ redis_version: '7.2.4', redis_mode: 'standalone', maxmemory_policy: 'allkeys-lru' });
    expect(parseRedisInfo('')).toEqual({});
  });

  it('compares versions part by part, as numbers', () => {
    expect(versionAtLeast('6.2.0', '6.2.0')).toBe(true);
    expect(versionAtLeast('6.2', '6.2.0')).toBe(true);
    expect(versionAtLeast('6.10.1', '6.2.0')).toBe(true);
    expect(versionAtLeast('7.0.15', '6.2.0')).toBe(true);
    expect(versionAtLeast('6.0.16', '6.2.0')).toBe(false);
    expect(versionAtLeast('5.9.99', '6.2.0')).toBe(false);
    expect(versionAtLeast('0', '6.2.0')).toBe(false);
  });

  it('refuses a Redis older than 6.2, saying what to do', () => {
    expect(versionProblem('7.0.15')).toBeNull();
    expect(versionProblem('6.0.16')).toMatch(/Redis 6\.0\.16 is too old.*6\.2\.0 or later/);
  });

  it('warns about every eviction policy but noeviction, and about one it cannot read', () => {
    expect(evictionWarning('noeviction')).toBeNull();
    expect(evictionWarning('allkeys-lru')).toMatch(/allkeys-lru, not noeviction.*lose jobs/);
    expect(evictionWarning('volatile-ttl')).toMatch(/volatile-ttl/);
    expect(evictionWarning(null)).toMatch(/could not read/);
  });
});

describe('checkRedisServer (real Redis)', () => {
  it('accepts the test Redis and reads its version and policy', async () => {
    const log = warnings();
    const facts = await checkRedisServer(REDIS_URL, log);
    expect(versionAtLeast(facts.version, '6.2.0')).toBe(true);
    expect(facts.evictionPolicy).toEqual(expect.any(String));
    expect(log.lines.length).toBe(facts.evictionPolicy === 'noeviction' ? 0 : 1);
  });

  it('warns loudly about an evicting Redis, reading the policy from INFO where CONFIG is disabled', async () => {
    // As on managed Redis: CONFIG renamed away.
    const redis = await startPrivateRedis(['--maxmemory-policy', 'allkeys-lru', '--rename-command', 'CONFIG', '""']);
    try {
      const client = new Redis(redis.url);
      await expect(client.call('CONFIG', 'GET', 'maxmemory-policy')).rejects.toThrow(/unknown command/);
      client.disconnect();
      const log = warnings();
      const facts = await checkRedisServer(redis.url, log);
      expect(facts.evictionPolicy).toBe('allkeys-lru');
      expect(log.lines).toEqual([{ obj: { maxmemoryPolicy: 'allkeys-lru' }, msg: expect.stringMatching(/not noeviction/) }]);
    } finally {
      await redis.dispose();
    }
  });

  it('reads the policy through CONFIG GET where it is allowed', async () => {
    const redis = await startPrivateRedis(['--maxmemory-policy', 'volatile-lru']);
    const client = new Redis(redis.url);
    try {
      expect(await readRedisServer(client)).toEqual({ version: expect.stringMatching(/^\d+\.\d+/), evictionPolicy: 'volatile-lru' });
    } finally {
      client.disconnect();
      await redis.dispose();
    }
  });

  it('refuses to start when no Redis answers', async () => {
    const port = await freePort();
    await expect(checkRedisServer(`redis://:secret@127.0.0.1:${port}`, warnings())).rejects.toSatisfy(
      (e) => e instanceof RedisUnavailableError && e.message.includes(`127.0.0.1:${port}`) && !e.message.includes('secret'),
    );
  });
});

describe('queue wiring', () => {
  it('has exactly one processor and one role for every queue', () => {
    expect(() => assertEveryQueueHasOneProcessor()).not.toThrow();
  });

  it('names a queue without a processor, without a role, or in two roles', () => {
    expect(queueWiringProblems(['a', 'b'], ['a', 'b'], { one: ['a'], two: ['b'] })).toEqual([]);
    expect(queueWiringProblems(['a', 'b', 'c'], ['a', 'c'], { one: ['a', 'b'], two: ['b'] })).toEqual([
      'b has no processor',
      'c is consumed by no role',
      'b is consumed by two roles',
    ]);
  });
});
