import { createRequire } from 'node:module';

/**
 * Where better-sqlite3's compiled addon is, for its `nativeBinding` option. Without it the package
 * searches for the file through the `bindings` helper, which works out its own location from a stack
 * trace: wrong once the CLI's build has bundled the package's JavaScript (scripts/build.mjs), which
 * spares a query command loading a dozen files through Node's module loader. Resolved from here,
 * which in the bundle is the CLI's dist folder, so it finds the copy the CLI depends on. Undefined
 * (the package's own search) when the file is not where an install puts it.
 */
export function sqliteNativeBinding(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}
