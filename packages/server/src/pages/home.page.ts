import { html } from './html.ts';
import { hasRole } from '../auth/auth.middleware.ts';
import type { HomeSummary } from '../repositories/home.repository.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

/** Failed jobs per queue, or why they could not be counted. */
export type FailedJobs = { ok: true; byQueue: Record<string, number> } | { ok: false; reason: string };

/**
 * The first page after signing in: what is new, and for each role what waits for it — reviewers
 * the pending queue, operators failing feeds and failed jobs, researchers the way to the data.
 */
export function homePage(user: User, csrfToken: string | null, s: HomeSummary, failed: FailedJobs | null): Html {
  const reviewer = hasRole(user.role, ['reviewer']);
  const operator = hasRole(user.role, ['operator']);
  const researcher = hasRole(user.role, ['researcher']);
  const failedTotal = failed?.ok ? Object.values(failed.byQueue).reduce((a, b) => a + b, 0) : null;
  return layout({
    title: 'Home',
    user,
    csrfToken,
    body: html`<h1>Home</h1>
<section class="card" id="since"><h2>${s.since ? html`Since your last visit (${s.since})` : 'Your first visit'}</h2>
<p><b id="new-articles">${s.newArticles}</b> new article(s), <b id="new-facts">${s.newFacts}</b> new fact(s), <b id="new-pending">${s.newPending}</b> of them waiting for review.</p></section>
${reviewer
  ? html`<section class="card" id="review-summary"><h2>Review queue</h2>
<p><b id="pending-count">${s.pending}</b> fact(s) pending. ${s.oldestPending
    ? html`Oldest: <a id="oldest-pending" href="/articles/${s.oldestPending.articleId}#fact-${s.oldestPending.factId}">“${s.oldestPending.text}”</a>, waiting since <span id="oldest-since">${s.oldestPending.createdAt}</span>.`
    : 'Nothing waits.'} <a href="/review">Open the queue</a></p></section>`
  : ''}
${operator
  ? html`<section class="card" id="feeds-in-error"><h2>Feeds in error</h2>
${s.feedsInError.length
  ? html`<table class="grid"><thead><tr><th>feed</th><th>errors in a row</th><th>last error</th></tr></thead><tbody>
${s.feedsInError.map((f) => html`<tr class="failing" data-feed-id="${f.id}"><td>${f.label}</td><td>${f.errors}</td><td>${f.lastError ?? ''}</td></tr>`)}</tbody></table>`
  : html`<p class="muted">Every feed answered at its last check.</p>`}
<p><a href="/feeds">All feeds</a></p></section>
<section class="card" id="failed-jobs"><h2>Failed jobs</h2>
${failed === null
  ? html`<p class="muted">No Redis configured: queues are not watched from here.</p>`
  : failed.ok
    ? html`<p><b id="failed-count">${failedTotal}</b> failed job(s)${Object.entries(failed.byQueue).filter(([, n]) => n > 0).map(([q, n]) => html` · ${q}: ${n}`)}. <a href="/queues">Queues</a></p>`
    : html`<p class="error-text">${failed.reason}</p>`}</section>`
  : ''}
${researcher ? html`<section class="card"><h2>Data</h2><p><a href="/explorer">Facts explorer</a>: the most reported figure's series opens first.</p></section>` : ''}`,
  });
}
