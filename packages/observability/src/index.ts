export * from './metrics-registry.ts';
export * from './pipeline-metrics.ts';
export * from './auth-metrics.ts';
export * from './fetch-labels.ts';
export * from './queue-depth.ts';
export * from './readiness.ts';
export * from './health-server.ts';
