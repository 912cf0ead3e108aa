import { SignInRequest } from '@newsfacts/core';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { SESSION_COOKIE } from '../auth/auth.middleware.ts';
import { signInPage } from '../pages/sign-in.page.ts';
import { SESSION_HOURS, createSession, deleteSession } from '../repositories/sessions.repository.ts';
import { findUserByToken } from '../repositories/users.repository.ts';
import type { ServerDb } from '../server-database.ts';

const HOME: Record<string, string> = { reviewer: '/review', researcher: '/explorer', operator: '/feeds', admin: '/review' };

/** Only same-site paths: `//evil.example` or `https://...` would be an open redirect. */
function localPath(next: unknown): string | null {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : null;
}

export function authRoutes(db: ServerDb): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/sign-in', (c) => c.html(signInPage(localPath(c.req.query('next')) ?? '', null)));
  app.post('/sign-in', async (c) => {
    const form = await c.req.parseBody();
    const next = localPath(form.next);
    const parsed = SignInRequest.safeParse({ token: form.token });
    const user = parsed.success ? await findUserByToken(db, parsed.data.token) : undefined;
    if (!user) return c.html(signInPage(next ?? '', 'That token is not valid.'), 401);
    const { cookie } = await createSession(db, user.id);
    setCookie(c, SESSION_COOKIE, cookie, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
      maxAge: SESSION_HOURS * 3600,
    });
    return c.redirect(next ?? HOME[user.role] ?? '/', 303);
  });
  app.post('/sign-out', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await deleteSession(db, cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/sign-in', 303);
  });
  return app;
}
