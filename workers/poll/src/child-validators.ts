import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * The server's validators for each child sitemap, so a changed index costs one 304 per unchanged
 * child instead of a full download. Only the feed row remembers the index's own validators.
 */
export interface ChildValidatorMemory {
  get(url: string): Promise<Validators | null>;
  set(url: string, validators: Validators): Promise<void>;
}

/** Forgotten after a month unused: a child that old is no longer among an index's newest. */
const TTL_S = 30 * 24 * 3600;

export function createRedisChildValidatorMemory(redis: Redis, prefix: string): ChildValidatorMemory {
  const key = (url: string) => `${prefix}:sitemap-validators:${createHash('sha1').update(url).digest('hex')}`;
  return {
    async get(url) {
      const raw = await redis.get(key(url));
      if (!raw) return null;
      try {
        const v = JSON.parse(raw) as Partial<Validators>;
        return { etag: typeof v.etag === 'string' ? v.etag : null, lastModified: typeof v.lastModified === 'string' ? v.lastModified : null };
      } catch {
        return null;
      }
    },
    async set(url, validators) {
      if (!validators.etag && !validators.lastModified) await redis.del(key(url));
      else await redis.set(key(url), JSON.stringify(validators), 'EX', TTL_S);
    },
  };
}
