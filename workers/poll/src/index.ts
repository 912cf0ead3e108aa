export * from './poll-feed.processor.ts';
