export * from './fetch-article.processor.ts';
