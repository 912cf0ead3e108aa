import { SignInRequest } from '@newsfacts/core';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import type { AuthFailureLimiter } from '../auth/auth-failures.ts';
import { SESSION_COOKIE } from '../auth/auth.middleware.ts';
import { safeNext } from '../auth/safe-next.ts';
import { signInPage } from '../pages/sign-in.page.ts';
import { SESSION_HOURS, createSession, deleteSession } from '../repositories/sessions.repository.ts';
import { findUserByToken } from '../repositories/users.repository.ts';
import type { ServerDb } from '../server-database.ts';

const HOME: Record<string, string> = { reviewer: '/review', researcher: '/explorer', operator: '/feeds', admin: '/review' };

export interface AuthRoutesOptions {
  failures: AuthFailureLimiter;
  /** Secure on every session cookie; false: only on requests that reached us over HTTPS. */
  secureCookies: boolean;
}

export function authRoutes(db: ServerDb, options: AuthRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const secure = (c: Context<AppEnv>) => options.secureCookies || c.get('origin').startsWith('https:');
  app.get('/sign-in', (c) => c.html(signInPage(safeNext(c.req.query('next'), c.get('origin')) ?? '', null)));
  app.post('/sign-in', async (c) => {
    const blocked = await options.failures.blockedFor(c.get('clientIp'));
    if (blocked) {
      options.failures.refused('sign-in');
      return c.html(signInPage('', `Too many failed sign-ins from this address. Try again in ${blocked} seconds.`), 429, { 'Retry-After': String(blocked) });
    }
    const form = await c.req.parseBody();
    const next = safeNext(form.next, c.get('origin'));
    const parsed = SignInRequest.safeParse({ token: form.token });
    const user = parsed.success ? await findUserByToken(db, parsed.data.token) : undefined;
    if (!user) {
      await options.failures.fail(c.get('clientIp'), 'sign-in');
      return c.html(signInPage(next ?? '', 'That token is not valid.'), 401);
    }
    const { cookie } = await createSession(db, user.id);
    setCookie(c, SESSION_COOKIE, cookie, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secure(c), maxAge: SESSION_HOURS * 3600 });
    return c.redirect(next ?? HOME[user.role] ?? '/', 303);
  });
  app.post('/sign-out', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await deleteSession(db, cookie);
    // A browser only lets a Secure cookie be replaced by one with the same flags.
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: secure(c) });
    return c.redirect('/sign-in', 303);
  });
  app.get('/', (c) => {
    const user = c.get('user');
    return c.redirect(user ? (HOME[user.role] ?? '/sign-in') : '/sign-in', 302);
  });
  return app;
}
