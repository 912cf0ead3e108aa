import type { Role } from '@newsfacts/core';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServerDb } from '../server-database.ts';

export interface User {
  id: number;
  name: string;
  role: Role;
}

export class DuplicateUserError extends Error {
  override name = 'DuplicateUserError';
}

/** Creates a user and returns its token: the only time the token exists outside the caller's hands. */
export async function createUser(db: ServerDb, name: string, role: Role): Promise<{ user: User; token: string }> {
  const existing = await db.selectFrom('users').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) throw new DuplicateUserError(`a user named ${name} already exists`);
  const token = newToken();
  const row = await db
    .insertInto('users')
    .values({ name, role, token_hash: hashToken(token), created_at: new Date().toISOString() })
    .returning(['id', 'name', 'role'])
    .executeTakeFirstOrThrow();
  return { user: { id: row.id, name: row.name, role: row.role as Role }, token };
}

export async function findUserByToken(db: ServerDb, token: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(['id', 'name', 'role']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return row ? { id: row.id, name: row.name, role: row.role as Role } : undefined;
}

export async function listUsers(db: ServerDb): Promise<(User & { created_at: string })[]> {
  const rows = await db.selectFrom('users').select(['id', 'name', 'role', 'created_at']).orderBy('id').execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function removeUser(db: ServerDb, name: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('name', '=', name).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
