export * from './demo/fixture-site-server.ts';
export * from './runtime/start-roles.ts';
export * from './runtime/run-pipeline.ts';
export * from './runtime/schedule-polls.ts';
export * from './runtime/wait-until-idle.ts';
export * from './runtime/run-summary.ts';
export * from './runtime/redis-url.ts';
export * from './output/write-records.ts';
