export * from './store-article.processor.ts';
export * from './record-poll.processor.ts';
export * from './record-fetch.processor.ts';
export * from './next-check.ts';
export * from './delay-while-busy.ts';
export * from './group-commit.ts';
export * from './quarantine-article.processor.ts';
