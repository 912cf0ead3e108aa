export * from './fetch-article.processor.ts';
export * from './crawl-delay.ts';
