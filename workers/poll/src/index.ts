export * from './poll-feed.processor.ts';
export * from './sitemap-children.ts';
export * from './child-validators.ts';
