import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/index.ts';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.queuePrefix).toBe('newsfacts');
    expect(config.dbPath).toBe('./data/newsfacts.db');
    expect(config.allowPrivateNetworks).toBe(false);
    expect(config.reviewThreshold).toBe(0.8);
    expect(config.userAgent).toMatch(/^newsfacts\/.+\(\+https?:\/\//);
  });

  it('reads flags and numbers', () => {
    const config = loadConfig({ NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1', NEWSFACTS_REVIEW_THRESHOLD: '0.65' });
    expect(config.allowPrivateNetworks).toBe(true);
    expect(config.reviewThreshold).toBe(0.65);
  });

  it('lists every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({ REDIS_URL: 'not a url', NEWSFACTS_REVIEW_THRESHOLD: '7', NEWSFACTS_QUEUE_PREFIX: 'a b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('REDIS_URL');
    expect(message).toContain('NEWSFACTS_REVIEW_THRESHOLD');
    expect(message).toContain('NEWSFACTS_QUEUE_PREFIX');
  });

  it('leaves the metrics port to the command unless set, and wants a token worth the name', () => {
    expect(loadConfig({})).toMatchObject({ metricsPort: null, metricsHost: '127.0.0.1', metricsToken: null });
    expect(loadConfig({ NEWSFACTS_METRICS_PORT: '0' }).metricsPort).toBe(0);
    expect(() => loadConfig({ NEWSFACTS_METRICS_PORT: '70000' })).toThrow(/NEWSFACTS_METRICS_PORT/);
    expect(() => loadConfig({ NEWSFACTS_METRICS_TOKEN: 'short' })).toThrow(/NEWSFACTS_METRICS_TOKEN: at least 16/);
  });

  it('reads the web app bounds: safe defaults, a trusted-proxy list, Secure cookies unless turned off', () => {
    expect(loadConfig({})).toMatchObject({ httpMaxBodyBytes: 1024 * 1024, trustProxy: [], secureCookies: true, authFailureLimit: 10, authFailureWindowSeconds: 900 });
    const cfg = loadConfig({ NEWSFACTS_TRUST_PROXY: ' loopback, 10.0.0.0/8 ,', NEWSFACTS_COOKIE_SECURE: '0', NEWSFACTS_HTTP_MAX_BODY_BYTES: '2048', NEWSFACTS_AUTH_FAILURE_LIMIT: '3' });
    expect(cfg).toMatchObject({ trustProxy: ['loopback', '10.0.0.0/8'], secureCookies: false, httpMaxBodyBytes: 2048, authFailureLimit: 3 });
    expect(() => loadConfig({ NEWSFACTS_AUTH_FAILURE_LIMIT: '0' })).toThrow(/NEWSFACTS_AUTH_FAILURE_LIMIT/);
  });
});
