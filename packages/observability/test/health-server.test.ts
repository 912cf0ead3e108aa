import { afterEach, describe, expect, it } from 'vitest';
import { checkReadiness, createMetricsRegistry, createPipelineMetrics, type HealthServer, type Readiness, renderMetrics, startHealthServer } from '../src/index.ts';

describe('the probe and metrics listener (real HTTP on loopback)', () => {
  let server: HealthServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  const start = async (readiness: () => Promise<Readiness>, token: string | null = null) => {
    const metrics = createPipelineMetrics(createMetricsRegistry());
    metrics.jobCompleted({ queue: 'poll-feed', seconds: 0.1 });
    server = await startHealthServer({ host: '127.0.0.1', port: 0, token, metrics: () => renderMetrics(metrics.registry), readiness });
    return server;
  };

  it('answers /healthz, /readyz and /metrics', async () => {
    const s = await start(async () => ({ ready: true, reasons: [] }));
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${s.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, reasons: [] });
    const metrics = await fetch(`${s.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await metrics.text()).toContain('newsfacts_jobs_completed_total{queue="poll-feed"} 1');
    expect((await fetch(`${s.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${s.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('answers 503 with the reasons when a check fails', async () => {
    const s = await start(() => checkReadiness({ redis: () => 'connection reconnecting', database: () => null }));
    const res = await fetch(`${s.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reasons: ['redis: connection reconnecting'] });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it('wants the bearer token for /metrics when one is set, but never for the probes', async () => {
    const token = 'a-long-metrics-token-0123456789';
    const s = await start(async () => ({ ready: true, reasons: [] }), token);
    expect((await fetch(`${s.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${s.url}/metrics`, { headers: { authorization: 'Bearer wrong-token' } })).status).toBe(401);
    expect((await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });

  it('refuses a port that is taken', async () => {
    const s = await start(async () => ({ ready: true, reasons: [] }));
    const again = startHealthServer({ host: '127.0.0.1', port: s.port, metrics: async () => ({ contentType: 'text/plain', body: '' }), readiness: async () => ({ ready: true, reasons: [] }) });
    await expect(again).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('checkReadiness', () => {
  it('fails a check that throws or does not answer in time, with its name', async () => {
    const result = await checkReadiness(
      {
        fine: () => null,
        broken: () => {
          throw new Error('database is closed');
        },
        hung: () => new Promise<string | null>(() => {}),
      },
      50,
    );
    expect(result.ready).toBe(false);
    expect(result.reasons).toEqual(['broken: database is closed', 'hung: no answer within 50 ms']);
  });
});
