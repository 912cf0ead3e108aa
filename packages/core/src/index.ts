export * from './clean-doc.ts';
export * from './fact.ts';
export * from './errors.ts';
export * from './pipeline.ts';
export * from './extract-request.ts';
export * from './api/review.ts';
export * from './api/query.ts';
export * from './result-blob.ts';
