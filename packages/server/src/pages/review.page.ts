import { FactType } from '@newsfacts/core';
import { html } from './html.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

export const REVIEW_KEYS: [string, string][] = [
  ['a', 'approve'],
  ['g', 'approve the whole corroborated group'],
  ['r', 'reject'],
  ['e', 'edit value / unit / date / type, then approve'],
  ['s', 'skip (comes back next session)'],
  ['u', 'undo my last decision'],
  ['j / k', 'next / previous item'],
  ['?', 'show or hide this help'],
];

const typeOptions = (selected = '') => [
  html`<option value="">any type</option>`,
  ...FactType.options.map((t) => html`<option value="${t}" ${t === selected ? 'selected' : ''}>${t}</option>`),
];

/** The shell only: review.js fills it from the JSON API, writing article text with textContent. */
export function reviewPage(user: User, csrfToken: string | null, feeds: { id: number; label: string }[]): Html {
  return layout({
    title: 'Review queue',
    user,
    csrfToken,
    scripts: ['review.js'],
    body: html`<section class="review">
  <form id="filters" class="filters">
    <select name="type" aria-label="type">${typeOptions()}</select>
    <select name="feedId" aria-label="feed"><option value="">any feed</option>${feeds.map((f) => html`<option value="${f.id}">${f.label}</option>`)}</select>
    <input name="country" placeholder="country (CN)" maxlength="2" size="6" aria-label="country">
    <input name="company" placeholder="company" size="14" aria-label="company">
    <button type="submit">Filter</button>
    <span class="hint">Press <kbd>?</kbd> for keys</span>
  </form>
  <div class="review-grid">
    <ol id="queue-list" class="queue-list" aria-label="leased items"></ol>
    <article id="item" class="item" hidden>
      <div class="fact-head">
        <span id="f-type" class="badge"></span>
        <strong id="f-value" class="value"></strong> <span id="f-unit"></span>
        <span class="field">period <b id="f-period"></b></span>
        <span class="field">qualifier <b id="f-qualifier"></b></span>
        <span class="field">confidence <b id="f-confidence"></b></span>
      </div>
      <p class="sentence" id="f-sentence" dir="auto"></p>
      <blockquote class="paragraph" id="f-paragraph" dir="auto"></blockquote>
      <div class="reasons"><h3>Why review</h3><ul id="f-reasons"></ul></div>
      <p class="meta"><span id="f-title" dir="auto"></span> · <span id="f-outlet" dir="auto"></span> · <span id="f-date"></span> · <a id="f-link" target="_blank" rel="noopener noreferrer">source</a></p>
      <p id="f-group" class="group"></p>
      <div class="actions">
        <button type="button" data-key="a">Approve <kbd>a</kbd></button>
        <button type="button" data-key="g" id="group-btn">Approve group <kbd>g</kbd></button>
        <button type="button" data-key="r">Reject <kbd>r</kbd></button>
        <button type="button" data-key="e">Edit <kbd>e</kbd></button>
        <button type="button" data-key="s">Skip <kbd>s</kbd></button>
        <button type="button" data-key="u">Undo <kbd>u</kbd></button>
      </div>
    </article>
    <p id="empty" class="empty" hidden>No pending facts match. <button type="button" data-key="u">Undo <kbd>u</kbd></button></p>
  </div>
  <p id="status" class="status" role="status" aria-live="polite"></p>
  <dialog id="edit-dialog">
    <form id="edit-form" method="dialog">
      <h2>Edit fact</h2>
      <label>Type <select name="type">${FactType.options.map((t) => html`<option value="${t}">${t}</option>`)}</select></label>
      <label>Value <input name="value" required></label>
      <label>Unit <input name="unit"></label>
      <label>Period / date <input name="period" placeholder="2025-09"></label>
      <label>Reason <input name="reason"></label>
      <p id="edit-error" class="error"></p>
      <menu><button type="submit" value="save">Save and approve</button> <button type="button" id="edit-cancel">Cancel</button></menu>
    </form>
  </dialog>
  <div id="help" class="help" hidden role="dialog" aria-label="keyboard help">
    <h2>Keys</h2>
    <dl>${REVIEW_KEYS.map(([k, d]) => html`<dt><kbd>${k}</kbd></dt><dd>${d}</dd>`)}</dl>
    <p>Esc closes this help.</p>
  </div>
</section>`,
  });
}
