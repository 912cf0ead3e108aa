// Runs a command-NAME.script.js bundle (see scripts/build.mjs) through vm.Script with a V8 code cache:
// Node 20 compiles ES modules from source on every start, and compiling a half-megabyte bundle is most
// of a query command's start-up. The cache is written once, after the first run has compiled the
// functions it used, and kept under a name holding a hash of the bundle, Node's version and the
// architecture, so a rebuilt bundle or another Node never reads a stale one. The build writes the
// hash on the bundle's first line; a bundle without that line is hashed here. V8 still checks its own
// version and flags and rejects what does not match: the script then compiles from source as usual and
// the cache is written again. A cache that cannot be read or written is never an error. The file URL
// names the script, so stack traces read as they do from the ES module.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** Where caches go: the package's node_modules/.cache when it can be written, else a folder of this user's own in the temporary directory. */
function cacheDir(require) {
  // The second place is worked out only when the first fails: node:os is one module fewer to load.
  const candidates = [() => fileURLToPath(new URL('../node_modules/.cache/newsfacts/', import.meta.url)), () => join(require('node:os').tmpdir(), `newsfacts-code-cache-${process.getuid?.() ?? 'user'}`)];
  for (const candidate of candidates) {
    try {
      const dir = candidate();
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Code from a cache runs as this process: a folder someone else owns could hand it anything.
      const owner = statSync(dir).uid;
      if (process.getuid && owner !== process.getuid()) continue;
      return dir;
    } catch {
      // not writable: try the next place
    }
  }
  return null;
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes atomically (a parallel run reads the old cache or the new, never half of one) and removes caches of earlier builds of this command. */
function writeCache(dir, file, script, prefix) {
  try {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) if (name.startsWith(prefix) && join(dir, name) !== file && !name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
  } catch {
    // a cache is an optimisation: the next run compiles from source again
  }
}

/** The build's hash of the script (its first line), else one made here. */
function scriptKey(source, require) {
  const line = /^\/\/ newsfacts-code-cache-key (\w+)\n/.exec(source);
  return line ? line[1] : require('node:crypto').createHash('sha256').update(source).digest('hex').slice(0, 32);
}

export function runWithCodeCache(path) {
  const source = readFileSync(path, 'utf8');
  const url = pathToFileURL(path).href;
  const require = createRequire(url);
  const dir = cacheDir(require);
  const prefix = `${basename(path, '.js')}-`;
  const file = dir === null ? null : join(dir, `${prefix}${scriptKey(source, require)}-${process.version}-${process.arch}.v8`);
  const cachedData = file === null ? undefined : readCache(file);
  const script = new vm.Script(source, { filename: url, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  // After the run, the functions it compiled are in the cache too, not only the top level.
  if (file !== null && (cachedData === undefined || script.cachedDataRejected)) process.once('exit', () => writeCache(dir, file, script, prefix));
  script.runInThisContext()(require, url);
}
