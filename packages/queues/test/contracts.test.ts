import { describe, expect, it } from 'vitest';
import { ROLE_QUEUES, contracts, enqueue, openQueues } from '../src/index.ts';

describe('queue contracts', () => {
  it('give deterministic BullMQ-legal job ids', () => {
    const poll = { feedId: 3, url: 'https://news.example/rss', etag: null, lastModified: null, round: 'r:1' };
    expect(contracts.pollFeed.jobId(poll)).toBe(contracts.pollFeed.jobId({ ...poll }));
    expect(contracts.pollFeed.jobId(poll)).not.toBe(contracts.pollFeed.jobId({ ...poll, round: 'r:2' }));
    const fetch = { url: 'https://news.example/a?b=1', feedId: null, guid: null, itemTitle: null, itemPublished: null };
    for (const id of [contracts.pollFeed.jobId(poll), contracts.fetchArticle.jobId(fetch)]) {
      expect(id).not.toContain(':');
      expect(Number.isInteger(Number(id))).toBe(false);
    }
  });

  it('assign every queue to exactly one role', () => {
    const assigned = Object.values(ROLE_QUEUES).flat();
    expect([...assigned].sort()).toEqual(Object.keys(contracts).sort());
  });

  it('refuse an invalid payload before it reaches Redis', async () => {
    const set = openQueues({ host: '127.0.0.1', port: 6379 }, 'nftest-contracts');
    try {
      await expect(enqueue(set, 'fetchArticle', { url: 'not a url' } as never)).rejects.toThrow();
      expect(await set.queues.fetchArticle.count()).toBe(0);
    } finally {
      await set.queues.fetchArticle.obliterate({ force: true });
      await set.close();
    }
  });
});
