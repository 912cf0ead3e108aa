import { describe, expect, it } from 'vitest';
import { blobKey, getBlob, putBlob, retireBlobs, sha256, wasRetired } from '../src/index.ts';
import { testRedis } from './test-redis.ts';

const { prefix, redis: connection } = testRedis();

describe('blobs in Redis', () => {
  it('round-trips a large value, gzipped, under its content hash', async () => {
    const page = `<p>${'Exports rose 4.5% to 1,200 tonnes. '.repeat(2000)}</p>`;
    const key = blobKey(prefix, 'page', sha256(page));
    await putBlob(connection(), key, page);
    expect(await getBlob(connection(), key)).toBe(page);
    expect((await connection().strlen(key)) * 5).toBeLessThan(page.length);
  });

  it('tells a blob retired after storing from one that never existed or expired', async () => {
    const stored = blobKey(prefix, 'result', sha256('stored'));
    const lost = blobKey(prefix, 'result', sha256('lost'));
    await putBlob(connection(), stored, 'stored');
    await retireBlobs(connection(), stored);
    expect(await getBlob(connection(), stored)).toBeNull();
    expect(await wasRetired(connection(), stored)).toBe(true);
    expect(await wasRetired(connection(), lost)).toBe(false);
    expect(await connection().ttl(`${stored}:stored`)).toBeGreaterThan(3600);
  });
});
