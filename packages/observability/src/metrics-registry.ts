import { collectDefaultMetrics, Registry } from 'prom-client';

export interface MetricsRegistryOptions {
  /** prom-client's process metrics (CPU, memory, event loop lag, GC) under their standard names, for stock dashboards. */
  processMetrics?: boolean;
}

/**
 * A registry of its own per process role rather than prom-client's global one, so two pipelines in
 * one test process (or the web app beside workers) never register the same series twice.
 */
export function createMetricsRegistry(options: MetricsRegistryOptions = {}): Registry {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

export interface MetricsBody {
  contentType: string;
  body: string;
}

export async function renderMetrics(registry: Registry): Promise<MetricsBody> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}

export type { Registry };
