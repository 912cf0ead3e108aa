import type { Role } from '@newsfacts/core';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { findSession } from '../repositories/sessions.repository.ts';
import { findUserByToken } from '../repositories/users.repository.ts';
import type { ServerDb } from '../server-database.ts';
import type { AuthFailureLimiter } from './auth-failures.ts';
import { sameSecret } from './tokens.ts';

export const SESSION_COOKIE = 'nf_session';

export function tooManyFailures(c: Context, retryAfterSeconds: number): Response {
  return c.json({ error: `too many failed authentication attempts from this address; try again in ${retryAfterSeconds} s` }, 429, { 'Retry-After': String(retryAfterSeconds) });
}

/**
 * Resolves the caller from `Authorization: Bearer` or the session cookie; a bad bearer token is a
 * 401 and counts against the client's failure limit. A client over that limit gets 429 for any
 * bearer token, right or wrong, until its window ends: checking would answer its guesses.
 */
export function authenticate(db: ServerDb, failures: AuthFailureLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('via', null);
    c.set('csrfToken', null);
    const header = c.req.header('authorization');
    if (header) {
      const blocked = await failures.blockedFor(c.get('clientIp'));
      if (blocked) {
        failures.refused('bearer');
        return tooManyFailures(c, blocked);
      }
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const user = m?.[1] ? await findUserByToken(db, m[1]) : undefined;
      if (!user) {
        await failures.fail(c.get('clientIp'), 'bearer');
        return c.json({ error: 'invalid token' }, 401, { 'WWW-Authenticate': 'Bearer' });
      }
      c.set('user', user);
      c.set('via', 'bearer');
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const session = await findSession(db, cookie);
      if (session) {
        c.set('user', session.user);
        c.set('via', 'cookie');
        c.set('csrfToken', session.csrfToken);
      }
    }
    return next();
  };
}

export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return role === 'admin' || allowed.includes(role);
}

function wantsHtml(c: Context): boolean {
  return c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html');
}

/** 401 without credentials (a browser is sent to sign in), 403 with a token of another role. */
export function requireRole(...allowed: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) {
      if (wantsHtml(c)) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 302);
      return c.json({ error: 'sign in or send Authorization: Bearer <token>' }, 401, { 'WWW-Authenticate': 'Bearer' });
    }
    if (!hasRole(user.role, allowed)) return c.json({ error: `needs role ${allowed.join(' or ')}` }, 403);
    return next();
  };
}

const UNSAFE = /^(POST|PUT|PATCH|DELETE)$/;
const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * Double-submit check for cookie sessions: every write carries the session's CSRF token, in the
 * `X-CSRF-Token` header (fetch) or a `_csrf` field (forms). Bearer calls carry no ambient credential.
 */
export function requireCsrfToken(options: { sameOriginOnly?: (path: string) => boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!UNSAFE.test(c.req.method) || c.get('via') !== 'cookie') return next();
    // Third-party UIs we mount (bull-board) cannot send our token: for them, require that the
    // browser itself vouches the request is same-origin.
    if (options.sameOriginOnly?.(c.req.path)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      if (site === 'same-origin' || origin === c.get('origin')) return next();
      return c.json({ error: 'cross-origin write refused' }, 403);
    }
    const expected = c.get('csrfToken') ?? '';
    let sent = c.req.header('x-csrf-token') ?? '';
    if (!sent && FORM.test(c.req.header('content-type') ?? '')) {
      const body = await c.req.parseBody();
      sent = typeof body._csrf === 'string' ? body._csrf : '';
    }
    if (!expected || !sent || !sameSecret(sent, expected)) return c.json({ error: 'missing or wrong CSRF token' }, 403);
    return next();
  };
}
