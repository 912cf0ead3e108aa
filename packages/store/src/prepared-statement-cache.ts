import type SqliteDatabase from 'better-sqlite3';

/**
 * Kysely prepares every query anew; SQLite's parse of a 500-parameter insert costs more than running
 * it. A small LRU of prepared statements, keyed by SQL text, makes the repositories' repeated
 * queries as cheap as hand-held prepared statements.
 */
export function cachingPrepare(sqlite: SqliteDatabase.Database, size = 256) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      const hit = cache.get(sql);
      if (hit) {
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
