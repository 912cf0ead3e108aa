import type { FeedHealth } from '@newsfacts/store';
import { html } from './html.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

const csrfField = (token: string | null) => html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;

export function feedsPage(user: User, csrfToken: string | null, feeds: FeedHealth[], message: string | null): Html {
  return layout({
    title: 'Feeds',
    user,
    csrfToken,
    body: html`<h1>Feeds</h1>
${message ? html`<p class="status" role="status">${message}</p>` : ''}
<form method="post" action="/feeds" class="inline card">
  ${csrfField(csrfToken)}
  <label>Feed or site URL <input name="url" type="url" required size="50" placeholder="https://example.com/feed.xml"></label>
  <label>Every <input name="intervalMinutes" type="number" min="1" max="10080" size="4" placeholder="15"> min</label>
  <button type="submit">Add feed</button>
</form>
<table class="grid" id="feeds">
<thead><tr><th>id</th><th>feed</th><th>status</th><th>last check</th><th>last success</th><th>HTTP</th><th>items</th><th>articles</th><th>errors in a row</th><th>last error</th><th>next check</th><th></th></tr></thead>
<tbody>${feeds.map(
      (f) => html`<tr data-feed-id="${f.id}" class="${f.consecutive_errors > 0 ? 'failing' : ''}">
  <td>${f.id}</td>
  <td><div>${f.title ?? ''}</div><code>${f.url}</code></td>
  <td>${f.status}${f.paused_reason ? html`<div class="muted">${f.paused_reason}</div>` : ''}</td>
  <td>${f.last_checked_at ?? 'never'}</td><td>${f.last_success_at ?? '—'}</td><td>${f.last_status ?? '—'}</td>
  <td>${f.items_seen}</td><td>${f.articles_stored}</td><td>${f.consecutive_errors}</td>
  <td class="error-text">${f.last_error ?? ''}</td><td>${f.next_check_at ?? '—'}</td>
  <td><form method="post" action="/feeds/${f.id}/${f.status === 'paused' ? 'resume' : 'pause'}">${csrfField(csrfToken)}
    <button type="submit">${f.status === 'paused' ? 'Resume' : 'Pause'}</button></form></td>
</tr>`,
    )}</tbody>
</table>`,
  });
}
