import * as z from 'zod/mini';

// Imported first by the query commands' bundles (scripts/build.mjs), before any module builds a
// schema: zod decides when a schema is built whether it will compile a fast parser for it (a
// `new Function` per object schema on its first parse). A query process parses its options and the
// environment once, so compiling costs more than it saves, and generated code never reaches the V8
// code cache the query commands start from.
z.config({ jitless: true });
