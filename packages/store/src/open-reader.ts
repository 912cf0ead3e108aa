import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import type { Store } from './open-db.ts';
import { sqliteNativeBinding } from './native-binding.ts';
import { cachingPrepare } from './prepared-statement-cache.ts';

export class StoreMissingError extends Error {
  override name = 'StoreMissingError';
}

/**
 * Opens the store for one-shot reads (the CLI's query commands): read-only, with no migration run
 * or check and none of the writer's pragmas, so a query of ten rows costs little more than the
 * process start. The schema is whatever the writers (which migrate on open) left.
 */
export function openReader(path: string): Store {
  if (path !== ':memory:' && !existsSync(path)) throw new StoreMissingError(`no fact store at ${path} (set NEWSFACTS_DB, or run the pipeline first: newsfacts run --until-idle)`);
  const sqlite = new SqliteDatabase(path, { readonly: true, fileMustExist: true, nativeBinding: sqliteNativeBinding() });
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingPrepare(sqlite) }) });
  return { db, sqlite, path, close: () => db.destroy() };
}
