import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Redis } from 'ioredis';

/** Long enough to outlive retries and a store outage of a few days, short enough not to fill Redis. */
const BLOB_TTL_S = 7 * 24 * 3600;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export const blobKey = (prefix: string, kind: string, hash: string): string => `${prefix}:blob:${kind}:${hash}`;

export interface PutBlobOptions {
  /**
   * Gzip the value (default). Pages are compressed once here and the store keeps that very buffer
   * as the article's snapshot; an extraction result lives only until the store has it, and gzip
   * would cost more CPU than its bytes cost Redis.
   */
  compress?: boolean;
}

/**
 * Stores a large value (page HTML, extraction result), keyed by content hash. Blobs live minutes:
 * the fastest gzip level costs a third of the default's CPU for a slightly larger value.
 */
export async function putBlob(redis: Redis, key: string, value: string, options: PutBlobOptions = {}): Promise<void> {
  await redis.set(key, options.compress === false ? value : gzipSync(value, { level: 1 }), 'EX', BLOB_TTL_S);
}

const isGzip = (buf: Buffer): boolean => buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;

/** A blob's text, whether it was stored compressed or not. */
export async function getBlob(redis: Redis, key: string): Promise<string | null> {
  const buf = await redis.getBuffer(key);
  if (!buf) return null;
  return isGzip(buf) ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}

/** A blob gzipped, as stored (compressed here if it was stored plain): the store keeps pages so. */
export async function getBlobGzipped(redis: Redis, key: string): Promise<Buffer | null> {
  const buf = await redis.getBuffer(key);
  if (!buf) return null;
  return isGzip(buf) ? buf : gzipSync(buf, { level: 1 });
}

const retiredKey = (key: string): string => `${key}:stored`;

/**
 * Deletes blobs whose content is now in the store, leaving a small marker for each. Blob keys are
 * content hashes, so a duplicate job (a re-poll, a retry after a crash) may still point at one: the
 * marker tells it the work is already done instead of failing it for a missing page.
 */
export async function retireBlobs(redis: Redis, ...keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const tx = redis.multi();
  for (const key of keys) tx.set(retiredKey(key), '1', 'EX', BLOB_TTL_S).del(key);
  await tx.exec();
}

/** Whether a missing blob was retired after its content was stored (rather than lost or expired). */
export async function wasRetired(redis: Redis, key: string): Promise<boolean> {
  return (await redis.exists(retiredKey(key))) === 1;
}
