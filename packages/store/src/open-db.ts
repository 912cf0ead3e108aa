import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

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
  const sqlite = new SqliteDatabase(path, { readonly: options.readonly ?? false });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  if (!options.readonly && options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    sqlite,
    path,
    close: () => db.destroy(),
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
