import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { blobKey, getBlob, getBlobGzipped, putBlob, retireBlobs, sha256, wasRetired } from '../src/index.ts';
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

  it('keeps a value plain when asked, and hands either kind back gzipped for the store', async () => {
    const result = JSON.stringify({ facts: Array.from({ length: 50 }, (_, i) => ({ i, text: `${i}%` })) });
    const plain = blobKey(prefix, 'result', sha256(result));
    await putBlob(connection(), plain, result, { compress: false });
    expect(await connection().strlen(plain)).toBe(Buffer.byteLength(result));
    expect(await getBlob(connection(), plain)).toBe(result);
    const page = '<p>Quota cut by 12%.</p>'.repeat(100);
    const zipped = blobKey(prefix, 'page', sha256(page));
    await putBlob(connection(), zipped, page);
    const stored = await connection().getBuffer(zipped);
    // The page's own compressed bytes, not a second compression of them.
    expect(await getBlobGzipped(connection(), zipped)).toEqual(stored);
    expect(gunzipSync((await getBlobGzipped(connection(), plain))!).toString('utf8')).toBe(result);
    expect(await getBlobGzipped(connection(), blobKey(prefix, 'page', 'missing'))).toBeNull();
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
