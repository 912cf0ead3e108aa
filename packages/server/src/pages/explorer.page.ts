import { FactType } from '@newsfacts/core';
import { html } from './html.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout } from './layout.ts';

/** Filters mirror the query API's parameters; explorer.js runs the query and draws the chart. */
export function explorerPage(user: User, csrfToken: string | null, feeds: { id: number; label: string }[]): Html {
  return layout({
    title: 'Facts explorer',
    user,
    csrfToken,
    scripts: ['explorer.js'],
    body: html`<h1>Facts explorer</h1>
<form id="query" class="filters" method="get" action="/explorer">
  <select name="type" aria-label="type"><option value="">any type</option>${FactType.options.map((t) => html`<option value="${t}">${t}</option>`)}</select>
  <input name="country" placeholder="country (CN)" size="6" aria-label="country">
  <input name="company" placeholder="company" size="12" aria-label="company">
  <input name="search" placeholder="full text" size="16" aria-label="full text">
  <label>period from <input name="from" placeholder="2025-01" size="8"></label>
  <label>to <input name="to" placeholder="2025-12" size="8"></label>
  <label>published from <input name="published_from" placeholder="2025-01-01" size="10"></label>
  <label>to <input name="published_to" placeholder="2025-12-31" size="10"></label>
  <select name="feed" aria-label="feed"><option value="">any feed</option>${feeds.map((f) => html`<option value="${f.id}">${f.label}</option>`)}</select>
  <input name="min" placeholder="min" size="5" aria-label="min value">
  <input name="max" placeholder="max" size="5" aria-label="max value">
  <select name="status" aria-label="status">
    <option value="">approved + auto-accepted</option><option value="approved">approved</option><option value="pending">pending</option>
    <option value="rejected">rejected</option><option value="all">all</option>
  </select>
  <label><input type="checkbox" name="conflict" value="true"> only where sources disagree</label>
  <select name="by" aria-label="chart period"><option value="month">by month</option><option value="quarter">by quarter</option><option value="year">by year</option></select>
  <button type="submit">Query</button>
  <a id="csv" href="/api/facts?format=csv" download="facts.csv">Download CSV</a>
</form>
<section class="card"><h2>Series</h2><div id="chart" class="chart" aria-label="time series"></div><p id="chart-note" class="muted"></p></section>
<p id="count" class="muted"></p>
<table class="grid" id="facts">
<thead><tr><th>id</th><th>type</th><th>value</th><th>unit</th><th>period</th><th>qualifier</th><th>status</th><th>confidence</th><th>sentence</th><th>source</th></tr></thead>
<tbody></tbody>
</table>`,
  });
}
