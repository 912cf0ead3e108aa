import type { FeedPollOutcome } from '@newsfacts/core';
import { describe, expect, it } from 'vitest';
import { feedErrorReason, fetchStatusLabel } from '../src/index.ts';

const poll = (over: Partial<FeedPollOutcome> & { status?: number | null; fetchError?: string | null } = {}) => {
  const { status = 200, fetchError = null, ...rest } = over;
  return { ok: false, notModified: false, pauseReason: null, error: null, retryAfterMs: null, fetch: { status, error: fetchError }, ...rest } as FeedPollOutcome;
};

describe('fetchStatusLabel', () => {
  it('is the HTTP status when there was a response', () => {
    expect(fetchStatusLabel({ status: 404, error: 'HTTP 404' })).toBe('404');
    expect(fetchStatusLabel({ status: 304, error: null })).toBe('304');
  });

  it('is the error class, never the message, when there was none', () => {
    expect(fetchStatusLabel({ status: null, error: 'FetchNetworkError: connect ECONNREFUSED 10.0.0.1:443' })).toBe('FetchNetworkError');
    expect(fetchStatusLabel({ status: null, error: 'PrivateAddressError: 127.0.0.1 is a loopback address' })).toBe('PrivateAddressError');
    expect(fetchStatusLabel({ status: null, error: 'disallowed by robots.txt' })).toBe('robots-disallowed');
    expect(fetchStatusLabel({ status: null, error: 'something odd at https://x.example/a' })).toBe('error');
    expect(fetchStatusLabel({ status: null, error: null })).toBe('unknown');
  });
});

describe('feedErrorReason', () => {
  it('is null for a good poll and for a 304', () => {
    expect(feedErrorReason(poll({ ok: true }))).toBeNull();
    expect(feedErrorReason(poll({ ok: true, notModified: true, status: 304 }))).toBeNull();
  });

  it('names the kind of failure in a few stable values', () => {
    expect(feedErrorReason(poll({ status: 404, error: 'HTTP 404' }))).toBe('http-4xx');
    expect(feedErrorReason(poll({ status: 503, error: 'HTTP 503' }))).toBe('http-5xx');
    expect(feedErrorReason(poll({ status: 410, pauseReason: 'feed is gone (HTTP 410); paused' }))).toBe('gone');
    expect(feedErrorReason(poll({ status: 429, retryAfterMs: 60_000 }))).toBe('rate-limited');
    expect(feedErrorReason(poll({ error: 'FeedParseError: not a feed' }))).toBe('parse');
    expect(feedErrorReason(poll({ error: 'no child sitemap could be read (2 tried): HTTP 500' }))).toBe('sitemap-children');
    expect(feedErrorReason(poll({ status: null, error: 'FetchNetworkError: socket hang up' }))).toBe('FetchNetworkError');
  });
});
