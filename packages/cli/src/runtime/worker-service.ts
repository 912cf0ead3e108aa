import { type Config, ConfigError } from '@newsfacts/config';
import { checkReadiness, createMetricsRegistry, createPipelineMetrics, type HealthServer, renderMetrics, startHealthServer } from '@newsfacts/observability';
import type { WorkerLogger, WorkerRole } from '@newsfacts/queues';
import { pipelineReadinessChecks } from './pipeline-readiness.ts';
import { type RunningPipeline, startRoles } from './start-roles.ts';
import { checkRedisServer } from './startup-checks.ts';

/** Prometheus' registered default for exporters; one per host unless NEWSFACTS_METRICS_PORT says otherwise. */
export const DEFAULT_METRICS_PORT = 9464;

export interface WorkerService {
  pipeline: RunningPipeline;
  /** The /metrics, /healthz, /readyz listener; null when turned off. */
  endpoint: HealthServer | null;
  close(): Promise<void>;
}

/**
 * A worker process: checks Redis, binds the probe listener (so a taken port fails before any job
 * is taken, and /readyz says "starting" meanwhile), then starts the roles. Closing stops the
 * workers first, so /readyz answers 503 while jobs drain, then the listener.
 */
export async function startWorkerService(
  config: Config,
  roles: readonly WorkerRole[],
  log: WorkerLogger,
  options: { listen: { host: string; port: number } | null },
): Promise<WorkerService> {
  await checkRedisServer(config.redisUrl, log);
  const metrics = createPipelineMetrics(createMetricsRegistry({ processMetrics: true }));
  let pipeline: RunningPipeline | null = null;
  const checks = pipelineReadinessChecks(() => pipeline);
  const endpoint = options.listen
    ? await startHealthServer({
        ...options.listen,
        token: config.metricsToken,
        metrics: () => renderMetrics(metrics.registry),
        readiness: () => checkReadiness(checks),
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EADDRINUSE' && error.code !== 'EADDRNOTAVAIL') throw error;
        const where = `${options.listen!.host}:${options.listen!.port}`;
        throw new ConfigError(`cannot listen for metrics on ${where} (${error.code}): set NEWSFACTS_METRICS_PORT to a free port (each worker process on a host needs its own), or 0 to turn the listener off`);
      })
    : null;
  try {
    pipeline = await startRoles(config, roles, log, { metrics });
  } catch (error) {
    await endpoint?.close();
    throw error;
  }
  if (endpoint) log.info({ url: endpoint.url }, 'serving /metrics, /healthz and /readyz');
  const running = pipeline;
  return {
    pipeline: running,
    endpoint,
    close: async () => {
      await running.close();
      await endpoint?.close();
    },
  };
}

/** Long-running workers listen by default; one-shot runs only when NEWSFACTS_METRICS_PORT asks. */
export function metricsListen(config: Config, longRunning: boolean): { host: string; port: number } | null {
  const port = config.metricsPort ?? (longRunning ? DEFAULT_METRICS_PORT : 0);
  return port === 0 ? null : { host: config.metricsHost, port };
}
