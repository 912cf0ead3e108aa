import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Redis } from 'ioredis';

/** Long enough to outlive retries and a store outage of a few days, short enough not to fill Redis. */
const BLOB_TTL_S = 7 * 24 * 3600;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const blobKey = (prefix: string, kind: string, hash: string): string => `${prefix}:blob:${kind}:${hash}`;

/** Stores a large value (page HTML, extraction result) gzipped, keyed by content hash. */
export async function putBlob(redis: Redis, key: string, value: string): Promise<void> {
  await redis.set(key, gzipSync(value), 'EX', BLOB_TTL_S);
}

export async function getBlob(redis: Redis, key: string): Promise<string | null> {
  const buf = await redis.getBuffer(key);
  return buf ? gunzipSync(buf).toString('utf8') : null;
}

export async function deleteBlobs(redis: Redis, ...keys: string[]): Promise<void> {
  if (keys.length > 0) await redis.del(...keys);
}
