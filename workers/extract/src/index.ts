export * from './extract-article.processor.ts';
export * from './choose-canonical-url.ts';
