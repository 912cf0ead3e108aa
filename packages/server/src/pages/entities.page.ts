import type { EntityRecord, FactRecord, SeriesPoint, UnresolvedMention } from '@newsfacts/store';
import { html } from './html.ts';
import { hasRole } from '../auth/auth.middleware.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout, safeHref } from './layout.ts';
import { seriesChart } from './series-chart.ts';

const csrfField = (token: string | null) => html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;
const status = (message: string | null) => (message ? html`<p class="status" role="status" id="entity-status">${message}</p>` : '');

export function entitiesPage(user: User, csrfToken: string | null, p: { search: string; rows: EntityRecord[]; unresolved: UnresolvedMention[]; message: string | null }): Html {
  return layout({
    title: 'Entities',
    user,
    csrfToken,
    body: html`<h1>Entities</h1>
${status(p.message)}
<form method="get" action="/entities" class="inline card">
  <label>Name, alias or ticker <input name="q" value="${p.search}" size="30"></label>
  <button type="submit">Search</button>
</form>
<table class="grid" id="entities">
<thead><tr><th>id</th><th>name</th><th>aliases</th><th>ticker</th><th>articles</th><th>facts</th></tr></thead>
<tbody>${p.rows.map(
      (e) => html`<tr data-entity-id="${e.id}">
  <td>${e.id}</td><td><a href="/entities/${e.id}">${e.name}</a></td><td>${e.aliases.join(' · ')}</td>
  <td>${e.ticker ? `${e.exchange ? `${e.exchange}: ` : ''}${e.ticker}` : ''}</td><td>${e.article_count}</td><td>${e.fact_count}</td>
</tr>`,
    )}</tbody>
</table>
${p.unresolved.length > 0
  ? html`<section class="card"><h2>Unresolved mentions</h2>
<table class="grid" id="unresolved"><thead><tr><th>mention</th><th>why</th><th>could be</th><th>facts</th></tr></thead>
<tbody>${p.unresolved.map(
      (u) => html`<tr><td>${u.mention}</td><td>${u.reason}</td><td>${u.candidates.map((c) => html`<a href="/entities/${c.id}">${c.name}</a> `)}</td><td>${u.fact_count}</td></tr>`,
    )}</tbody></table></section>`
  : ''}`,
  });
}

export interface EntityPageData {
  entity: EntityRecord;
  aliases: { alias: string; source: string; article_id: number | null; article_url: string | null; article_title: string | null }[];
  facts: FactRecord[];
  articles: { id: number; url: string; title: string | null; published: string | null }[];
  series: SeriesPoint[];
  seriesType: string;
  decisions: { id: number; action: string; reviewer: string; alias: string | null; other_entity_id: number | null; facts_moved: number; reason: string | null; created_at: string }[];
  message: string | null;
}

export function entityPage(user: User, csrfToken: string | null, d: EntityPageData): Html {
  const e = d.entity;
  const reviewer = hasRole(user.role, ['reviewer']);
  const link = (url: string | null, text: string) => {
    const href = safeHref(url);
    return href ? html`<a href="${href}" rel="noopener noreferrer">${text}</a>` : html`${text}`;
  };
  return layout({
    title: e.name,
    user,
    csrfToken,
    body: html`<p><a href="/entities">← Entities</a></p>
<h1 id="entity-name">${e.name}</h1>
${status(d.message)}
<p class="meta">#${e.id} · ${e.kind}${e.ticker ? ` · ${e.exchange ? `${e.exchange}: ` : ''}${e.ticker}` : ''}${e.qid ? ` · Wikidata ${e.qid}` : ''}${e.lei ? ` · LEI ${e.lei}` : ''}
${e.parent_id ? html` · part of <a href="/entities/${e.parent_id}">${e.parent}</a>` : ''} · ${e.article_count} articles · ${e.fact_count} facts</p>
<section class="card"><h2>Series</h2>
<form method="get" action="/entities/${e.id}" class="inline">
  <label>Figures <select name="type">${['tonnage', 'money', 'percentage'].map((t) => html`<option value="${t}" ${t === d.seriesType ? 'selected' : ''}>${t}</option>`)}</select></label>
  <button type="submit">Show</button>
</form>
<div class="chart">${seriesChart(d.series)}</div></section>
<section class="card"><h2>Aliases</h2>
<table class="grid" id="aliases"><thead><tr><th>alias</th><th>learnt from</th><th>first seen</th></tr></thead>
<tbody>${d.aliases.map((a) => html`<tr data-alias="${a.alias}"><td>${a.alias}</td><td>${a.source}</td><td>${a.article_url ? link(a.article_url, a.article_title ?? a.article_url) : ''}</td></tr>`)}</tbody></table></section>
${reviewer
  ? html`<section class="card" id="decisions-forms"><h2>Fix this entity</h2>
<form method="post" action="/entities/${e.id}/rename" class="inline" id="rename-form">${csrfField(csrfToken)}
  <label>Canonical name <input name="name" value="${e.name}" required size="40"></label>
  <label>Why <input name="reason" size="30"></label>
  <button type="submit">Rename</button>
</form>
<form method="post" action="/entities/${e.id}/split" class="inline" id="split-form">${csrfField(csrfToken)}
  <label>Split off alias <select name="alias" required>${d.aliases.filter((a) => a.source !== 'ticker').map((a) => html`<option value="${a.alias}">${a.alias}</option>`)}</select></label>
  <label>as <input name="name" size="30" placeholder="new entity name (default: the alias)"></label>
  <label>Why <input name="reason" size="20"></label>
  <button type="submit">Split</button>
</form>
<form method="post" action="/entities/${e.id}/merge" class="inline" id="merge-form">${csrfField(csrfToken)}
  <label>Merge entity # <input name="from" type="number" min="1" required size="6"></label> into this one
  <label>Why <input name="reason" size="20"></label>
  <button type="submit">Merge</button>
</form></section>`
  : ''}
<section class="card"><h2>Facts</h2>
<table class="grid" id="entity-facts"><thead><tr><th>type</th><th>value</th><th>period</th><th>sentence</th><th>source</th></tr></thead>
<tbody>${d.facts.map((f) => html`<tr data-fact-id="${f.id}"><td>${f.type}</td><td>${f.value ?? ''} ${f.unit ?? ''}</td><td>${f.period ?? ''}</td><td>${f.sentence}</td><td>${link(f.source_link, 'source')}</td></tr>`)}</tbody></table></section>
<section class="card"><h2>Articles</h2>
<ul id="entity-articles">${d.articles.map((a) => html`<li>${a.published ?? ''} ${link(a.url, a.title ?? a.url)}</li>`)}</ul></section>
<section class="card"><h2>Decisions</h2>
<ul id="entity-decisions">${d.decisions.map((x) => html`<li>${x.created_at} · ${x.action} by ${x.reviewer}${x.alias ? ` · ${x.alias}` : ''}${x.other_entity_id ? ` · #${x.other_entity_id}` : ''} · ${x.facts_moved} facts moved${x.reason ? ` · ${x.reason}` : ''}</li>`)}</ul></section>`,
  });
}
