export * from './extract-article.processor.ts';
export * from './build-article-result.ts';
export * from './extract-pool.ts';
export * from './choose-canonical-url.ts';
export * from './extract-thread-task.ts';
