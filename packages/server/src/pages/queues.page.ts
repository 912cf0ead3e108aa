import { html } from './html.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

export function queuesPage(user: User, csrfToken: string | null, counts: Record<string, Record<string, number>> | null, message: string | null, boardPath: string): Html {
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
</table>`}`,
  });
}
