import type { Role } from '@newsfacts/core';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ServerDb } from '../server-database.ts';
import type { User } from './users.repository.ts';

export const SESSION_HOURS = 12;

export interface Session {
  user: User;
  csrfToken: string;
}

export async function createSession(db: ServerDb, userId: number, now = new Date()): Promise<{ cookie: string; csrfToken: string }> {
  // Sign-ins are rare: a good moment to drop sessions that have run out.
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  const cookie = newToken('nfs');
  const csrfToken = newToken('csrf');
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(cookie),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    })
    .execute();
  return { cookie, csrfToken };
}

export async function findSession(db: ServerDb, cookie: string, now = new Date()): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.role', 'sessions.csrf_token'])
    .where('sessions.token_hash', '=', hashToken(cookie))
    .where('sessions.expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ? { user: { id: row.id, name: row.name, role: row.role as Role }, csrfToken: row.csrf_token } : undefined;
}

export async function deleteSession(db: ServerDb, cookie: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(cookie)).execute();
}
