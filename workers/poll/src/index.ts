export * from './poll-feed.processor.ts';
export * from './sitemap-children.ts';
