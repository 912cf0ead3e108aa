// Entry of an extraction pool thread in the built CLI (scripts/build.mjs): already JavaScript, so
// no loader to register, unlike extract-thread.mjs which serves the TypeScript sources.
export { extractTask as default } from './extract-thread-task.ts';
