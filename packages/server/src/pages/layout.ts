import type { Role } from '@newsfacts/core';
import { html } from './html.ts';
import type { HtmlEscapedString } from 'hono/utils/html';
import { hasRole } from '../auth/auth.middleware.ts';
import type { User } from '../repositories/users.repository.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

const NAV: { href: string; label: string; roles: Role[] }[] = [
  { href: '/review', label: 'Review queue', roles: ['reviewer'] },
  { href: '/review/history', label: 'My decisions', roles: ['reviewer'] },
  { href: '/explorer', label: 'Facts explorer', roles: ['researcher'] },
  { href: '/feeds', label: 'Feeds', roles: ['operator'] },
  { href: '/queues', label: 'Queues', roles: ['operator'] },
];

export interface PageOptions {
  title: string;
  user: User | null;
  csrfToken: string | null;
  body: Html;
  /** Static script files (no inline script anywhere: the CSP forbids it). */
  scripts?: string[];
}

/** Every page: escaped by construction (./html.ts escapes each interpolated value and drops bidi controls). */
export function layout(o: PageOptions): Html {
  const links = o.user ? NAV.filter((n) => hasRole(o.user!.role, n.roles)) : [];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${o.csrfToken ?? ''}">
<title>${o.title} · newsfacts</title>
<link rel="stylesheet" href="/static/app.css">
${(o.scripts?.length ? ['common.js', ...o.scripts] : []).map((s) => html`<script src="/static/${s}" defer></script>`)}
</head>
<body>
<header class="top">
  <a class="brand" href="/">newsfacts</a>
  <nav>${links.map((l) => html`<a href="${l.href}">${l.label}</a>`)}</nav>
  ${o.user
    ? html`<form method="post" action="/sign-out" class="who"><span>${o.user.name} (${o.user.role})</span>
      <input type="hidden" name="_csrf" value="${o.csrfToken ?? ''}"><button type="submit">Sign out</button></form>`
    : ''}
</header>
<main>${o.body}</main>
</body>
</html>`;
}

/** Only http(s) links are ever rendered as links: a stored `javascript:` URL stays inert text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
