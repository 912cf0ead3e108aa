import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';
import { sqliteNativeBinding } from './native-binding.ts';
import { cachingPrepare } from './prepared-statement-cache.ts';

export interface Store {
  db: Kysely<Database>;
  /** The raw handle, for bulk paths inside this package (prepared statements, transactions). */
  sqlite: SqliteDatabase.Database;
  path: string;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  readonly?: boolean;
  /** Run pending migrations on open (default true for writers). */
  migrate?: boolean;
}

/** Opens the fact store with the pragmas every process needs, and brings its schema up to date. */
export async function openDb(path: string, options: OpenDbOptions = {}): Promise<Store> {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path, { readonly: options.readonly ?? false, nativeBinding: sqliteNativeBinding() });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  // SQLite's default page cache is 2 MB: a store of a million facts and its indexes would be read
  // from the OS on every insert and query. 64 MB (negative = KiB) keeps the hot index pages in memory.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingPrepare(sqlite) }) });
  if (!options.readonly && options.migrate !== false) await migrateToLatest(db);
  // Long-lived writers: refresh planner statistics that are missing or stale (bounded work).
  if (!options.readonly) {
    sqlite.pragma('analysis_limit = 1000');
    sqlite.pragma('optimize = 0x10002');
  }
  return {
    db,
    sqlite,
    path,
    close: async () => {
      // Keeps the planner's statistics fresh (SQLite's advice for every connection that wrote);
      // without them it may walk a status index instead of the filter that narrows the rows.
      if (!options.readonly) {
        try {
          sqlite.pragma('optimize');
        } catch {
          // best effort: a busy database must not fail a close
        }
      }
      await db.destroy();
    },
  };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(error)}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
