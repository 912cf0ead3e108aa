#!/usr/bin/env node
// Compiles the CLI (and the extraction thread it starts) to JavaScript in packages/cli/dist, so
// `newsfacts` starts without compiling TypeScript. Three kinds of output:
//   main.js and its chunks: every command, split so each loads only when it runs (top-level help,
//     unknown commands, `help X`);
//   command-NAME.js: one self-contained file per top-level command, the other commands left out, which
//     bin/newsfacts.js runs when its first argument names that command. A command then loads one file
//     whose code is only what it uses, instead of the shared chunks every command pulls a part of;
//   command-NAME.script.js: the same for the query commands of CODE_CACHED, as a classic script that
//     bin/newsfacts.js compiles with a V8 code cache.
//   node scripts/build.mjs            build once
//   node scripts/build.mjs --watch    rebuild on every change (pnpm dev)
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliDir = `${root}packages/cli/`;
const outdir = `${cliDir}dist`;
const watch = process.argv.includes('--watch');

/**
 * Packages left to Node at run time, each for a reason a bundle cannot carry: files they read beside
 * themselves (bullmq's Lua scripts, bull-board's UI), threads started from their own files (piscina,
 * pino's transports), or a require() made at run time (compromise). Everything else is bundled: one
 * file parses faster than hundreds resolved. better-sqlite3's JavaScript is bundled too; the store
 * hands it the path of its native addon (packages/store/src/native-binding.ts), which Node loads
 * from the installed package.
 */
const EXTERNAL = ['bullmq', 'ioredis', 'piscina', 'pino', 'prom-client', 'compromise', '@bull-board/api', '@bull-board/hono', '@bull-board/ui'];

/** Externals loaded by createRequire() rather than an import, which the metafile does not list. */
const REQUIRED_AT_RUN_TIME = ['compromise'];

const packageName = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** A bundled CLI finds its externals in its own node_modules: each must be a declared dependency of @newsfacts/cli. */
function undeclaredExternals(metafile) {
  const declared = new Set(Object.keys(JSON.parse(readFileSync(`${cliDir}package.json`, 'utf8')).dependencies ?? {}));
  const used = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (imported.external && !imported.path.startsWith('node:') && !imported.path.startsWith('.')) used.add(packageName(imported.path));
    }
  }
  for (const name of REQUIRED_AT_RUN_TIME) used.add(name);
  return [...used].filter((name) => !declared.has(name) && !isBuiltin(name));
}

const BUILTINS = new Set((await import('node:module')).builtinModules);
const isBuiltin = (name) => BUILTINS.has(name);

/** Assets the bundled code reads at run time from beside itself (see each module's BUNDLED branch). */
function copyAssets() {
  cpSync(`${root}packages/server/static`, `${outdir}/static`, { recursive: true });
  cpSync(`${root}fixtures/site`, `${outdir}/fixture-site`, { recursive: true });
}

const reportPlugin = {
  name: 'newsfacts-report',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const missing = undeclaredExternals(result.metafile);
      if (missing.length > 0) {
        process.stderr.write(`newsfacts build: declare these in packages/cli/package.json dependencies (the bundle loads them at run time): ${missing.join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      copyAssets();
      if (watch) process.stderr.write(`newsfacts build: rebuilt ${new Date().toISOString()}\n`);
    });
  },
};

/**
 * commander requires child_process when it loads, for the external subcommands newsfacts never
 * declares: loading it (and the modules it pulls in) is a noticeable part of a query's start-up.
 * The rewrite loads it on the first spawn instead.
 */
const lazyChildProcess = {
  name: 'newsfacts-lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`newsfacts build: ${eager} not found in ${args.path}`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

/**
 * Commands a researcher runs in a loop (read-only queries), also built as command-NAME.script.js: the
 * same bundle as a classic script, one function taking `require` and the file's URL, which
 * bin/code-cache.js compiles with a V8 code cache (Node 20 has no compile cache for ES modules).
 * Compiling the bundle is most of such a command's start-up; a cached compile skips it.
 */
const CODE_CACHED = ['facts', 'series', 'articles', 'fetches', 'entities'];

const COMMAND_TABLE = `${cliDir}src/command-table.ts`;

/** Each top-level command of the table with the module its load() imports (one per entry; `run` and `worker` share one). */
function commandModules() {
  const table = readFileSync(COMMAND_TABLE, 'utf8');
  const entries = [...table.matchAll(/^ {2}([a-z][\w-]*): \{[^]*?import\('(\.\/commands\/[\w.-]+)'\)/gm)].map((m) => [m[1], m[2]]);
  if (entries.length === 0) throw new Error(`newsfacts build: no command found in ${COMMAND_TABLE}`);
  return entries;
}

/**
 * The entry of a query command (CODE_CACHED), the same for its ES module and its script: it tells zod
 * that it validates once per process before any schema is built, and ends the process as soon as the
 * answer is written (see runtime/exit-when-written.ts). Query commands hold no server or worker open.
 */
const QUERY_ENTRY = [
  "import './runtime/validate-once.ts';",
  "import { exitWhenWritten } from './runtime/exit-when-written.ts';",
  "import { runProgram } from './program.ts';",
  'runProgram(process.argv).then(exitWhenWritten);',
  '',
].join('\n');

/**
 * The one-command bundle of `keep`: its entry runs the program directly, and the table imports the
 * command statically, so nothing is wrapped in a lazy initialiser and the bundle tree-shakes down to
 * what the command uses (a lazily initialised module runs every module its barrels re-export). The
 * table's other load() imports resolve to a module that throws, which never runs because the program
 * loads only the command it was asked for.
 */
const onlyCommand = (keep, { topLevelAwait = true, query = false } = {}) => ({
  name: 'newsfacts-only-command',
  setup(build) {
    build.onResolve({ filter: /^newsfacts-command$/ }, () => ({ path: 'entry', namespace: 'newsfacts-command' }));
    build.onLoad({ filter: /.*/, namespace: 'newsfacts-command' }, () => ({
      // A classic script has no top-level await; runProgram catches its own errors, so nothing is lost.
      contents: query ? QUERY_ENTRY : `import { runProgram } from './program.ts';\n${topLevelAwait ? 'await ' : ''}runProgram(process.argv);\n`,
      resolveDir: `${cliDir}src`,
      loader: 'ts',
    }));
    build.onLoad({ filter: /[\\/]packages[\\/]cli[\\/]src[\\/]command-table\.ts$/ }, (args) => {
      const table = readFileSync(args.path, 'utf8');
      const kept = `import('${keep}')`;
      if (!table.includes(kept)) throw new Error(`newsfacts build: ${kept} not found in ${args.path}`);
      return { contents: `import * as __keptCommand from '${keep}';\n${table.replaceAll(kept, 'Promise.resolve(__keptCommand)')}`, loader: 'ts' };
    });
    build.onResolve({ filter: /^\.\/commands\// }, (args) => (args.importer === COMMAND_TABLE && args.path !== keep ? { path: args.path, namespace: 'newsfacts-left-out' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'newsfacts-left-out' }, (args) => ({ contents: `throw new Error('newsfacts: ${args.path} is not in this bundle');`, loader: 'js' }));
  },
});

const options = {
  absWorkingDir: root,
  entryPoints: {
    main: 'packages/cli/src/main.ts',
    'extract-thread': 'workers/extract/src/extract-thread.bundle.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  external: [...EXTERNAL, ...EXTERNAL.map((name) => `${name}/*`)],
  // Bundled CommonJS packages call require() for Node's own modules; ES modules have none.
  banner: { js: "import { createRequire as __newsfactsRequire } from 'node:module'; const require = __newsfactsRequire(import.meta.url);" },
  define: { __NEWSFACTS_BUNDLE__: 'true' },
  plugins: [reportPlugin, lazyChildProcess],
};

/** The build of command-NAME.js: the CLI's entry with one command, no chunks, no report (the main build checks the same externals). */
const commandOptions = (name, modulePath) => ({
  ...options,
  entryPoints: { [`command-${name}`]: 'newsfacts-command' },
  splitting: false,
  metafile: false,
  plugins: [onlyCommand(modulePath, { query: CODE_CACHED.includes(name) }), lazyChildProcess],
  // Reading, decoding and compiling the file is most of a command's start-up and scales with its size;
  // names are kept so that stack traces stay readable without the source map.
  minifyWhitespace: true,
  minifySyntax: true,
});

/**
 * Writes a hash of the script on its first line, a comment: bin/code-cache.js names the script's code
 * cache by it, without hashing half a megabyte (and loading node:crypto) on every start.
 */
const cacheKeyLine = (file) => ({
  name: 'newsfacts-cache-key-line',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      // A watch rebuild that left the file as it was leaves the earlier line too.
      const source = readFileSync(file, 'utf8').replace(/^\/\/ newsfacts-code-cache-key \w+\n/, '');
      const key = createHash('sha256').update(source).digest('hex').slice(0, 32);
      writeFileSync(file, `// newsfacts-code-cache-key ${key}\n${source}`);
    });
  },
});

const scriptOptions = (name, modulePath) => ({
  ...commandOptions(name, modulePath),
  entryPoints: { [`command-${name}.script`]: 'newsfacts-command' },
  format: 'cjs',
  sourcemap: false,
  // ES modules are strict; the function keeps them so.
  banner: { js: '(function (require, __newsfactsImportMetaUrl) {"use strict";' },
  footer: { js: '})' },
  define: { ...options.define, 'import.meta.url': '__newsfactsImportMetaUrl' },
  plugins: [onlyCommand(modulePath, { topLevelAwait: false, query: true }), lazyChildProcess, cacheKeyLine(`${outdir}/command-${name}.script.js`)],
});

const commands = commandModules();
const builds = [
  options,
  ...commands.map(([name, modulePath]) => commandOptions(name, modulePath)),
  ...commands.filter(([name]) => CODE_CACHED.includes(name)).map(([name, modulePath]) => scriptOptions(name, modulePath)),
];

rmSync(outdir, { recursive: true, force: true });
if (watch) {
  for (const build of builds) await (await esbuild.context(build)).watch();
  process.stderr.write('newsfacts build: watching for changes (Ctrl-C stops)\n');
} else {
  const started = performance.now();
  const [result] = await Promise.all(builds.map((build) => esbuild.build(build))).catch(() => process.exit(1));
  if (process.exitCode) process.exit();
  const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length;
  const scripts = builds.length - 1 - commands.length;
  process.stderr.write(`newsfacts build: ${files} files, ${commands.length} one-command bundles and ${scripts} code-cached scripts in packages/cli/dist (${Math.round(performance.now() - started)} ms)\n`);
}
