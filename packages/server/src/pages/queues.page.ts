import type { QuarantinedArticleRow } from '@newsfacts/store';
import { html } from './html.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

const csrfField = (token: string | null) => html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;

/**
 * Articles kept from being fetched again. Read from the store, so an operator sees them while Redis is
 * down; lifting a quarantine fetches the article again, so it needs Redis.
 */
function quarantineSection(rows: QuarantinedArticleRow[], csrfToken: string | null, redisUp: boolean): Html {
  if (rows.length === 0) return html`<h2>Quarantined articles</h2><p class="muted" id="quarantine-empty">No article is quarantined.</p>`;
  return html`<h2>Quarantined articles (${rows.length})</h2>
<p class="muted">Their fetch, extraction or storage failed for good, or their process died with them twice; polls skip them until they are released.</p>
<form method="post" action="/queues/quarantine/release" class="inline">${csrfField(csrfToken)}<input type="hidden" name="all" value="1">
  <button type="submit" ${redisUp ? '' : 'disabled'}>Release all and fetch again</button></form>
<table class="grid" id="quarantine">
<thead><tr><th>article</th><th>feed</th><th>queue</th><th>failures</th><th>quarantined</th><th>last failure</th><th>reason</th><th></th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr data-quarantined="${r.canonical_url}">
  <td><code>${r.url}</code></td><td>${r.feed_id ?? '—'}</td><td>${r.queue}</td><td>${r.failures}</td>
  <td>${r.quarantined_at}</td><td>${r.last_failed_at}</td><td class="error-text">${r.reason}</td>
  <td><form method="post" action="/queues/quarantine/release">${csrfField(csrfToken)}<input type="hidden" name="url" value="${r.canonical_url}">
    <button type="submit" ${redisUp ? '' : 'disabled'}>Release</button></form></td>
</tr>`,
  )}</tbody>
</table>`;
}

export function queuesPage(
  user: User,
  csrfToken: string | null,
  counts: Record<string, Record<string, number>> | null,
  message: string | null,
  boardPath: string,
  quarantined: QuarantinedArticleRow[] = [],
): Html {
  return layout({
    title: 'Queues',
    user,
    csrfToken,
    body: html`<h1>Queues</h1>
${message ? html`<p class="status" role="status">${message}</p>` : ''}
${counts === null
  ? html`<p class="error" role="alert" id="redis-down">Redis is not reachable, so queue counts and the dashboard are unavailable. Workers are stalled until it is back; stored facts, feeds and the review queue keep working.</p>`
  : html`<p><a href="${boardPath}">Open the BullMQ dashboard</a></p>
<table class="grid" id="queue-counts">
<thead><tr><th>queue</th>${STATES.map((s) => html`<th>${s}</th>`)}<th></th></tr></thead>
<tbody>${Object.entries(counts).map(
      ([name, c]) => html`<tr data-queue="${name}"><td>${name}</td>${STATES.map((s) => html`<td class="${s === 'failed' && (c[s] ?? 0) > 0 ? 'failing' : ''}">${c[s] ?? 0}</td>`)}
  <td><form method="post" action="/queues/${name}/retry"><input type="hidden" name="_csrf" value="${csrfToken ?? ''}">
  <button type="submit" ${(c.failed ?? 0) === 0 ? 'disabled' : ''}>Retry failed</button></form></td></tr>`,
    )}</tbody>
</table>`}
${quarantineSection(quarantined, csrfToken, counts !== null)}`,
  });
}
