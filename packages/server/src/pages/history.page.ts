import { html } from './html.ts';
import type { HistoryEntry } from '../repositories/reviews.repository.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

const describe = (s: HistoryEntry['after']): string =>
  s ? `${s.status} · ${s.type} ${s.value_num ?? s.value_text ?? ''}${s.unit ? ` ${s.unit}` : ''}${s.period ? ` · ${s.period}` : ''}` : '—';

/** A reviewer's own decisions, newest first; decided facts can be put back in the queue from here. */
export function historyPage(user: User, csrfToken: string | null, entries: HistoryEntry[]): Html {
  return layout({
    title: 'My decisions',
    user,
    csrfToken,
    body: html`<h1>My decisions</h1>
<table class="grid">
<thead><tr><th>#</th><th>when</th><th>fact</th><th>action</th><th>before</th><th>after</th><th>reason</th><th>sentence</th><th></th></tr></thead>
<tbody>${entries.map(
      (e) => html`<tr class="${e.undone ? 'undone' : ''}">
  <td>${e.id}</td><td>${e.created_at}</td><td>${e.fact_id}</td><td>${e.action}${e.undone ? ' (undone)' : ''}</td>
  <td>${describe(e.before)}</td><td>${describe(e.after)}</td><td>${e.reason ?? ''}</td><td class="sentence">${e.sentence}</td>
  <td>${['approved', 'rejected', 'auto-accepted'].includes(e.fact_status)
    ? html`<form method="post" action="/review/${e.fact_id}/reopen"><input type="hidden" name="_csrf" value="${csrfToken ?? ''}"><button type="submit">Re-open</button></form>`
    : e.fact_status}</td>
</tr>`,
    )}</tbody>
</table>`,
  });
}
