import { html } from './html.ts';
import { type ArticleBlock, articleBlocks, type Segment } from '../article/article-blocks.ts';
import type { ArticleView, ArticleViewFact } from '../repositories/article-view.repository.ts';
import type { User } from '../repositories/users.repository.ts';
import { type Html, layout, safeHref } from './layout.ts';

const METADATA_LABELS: Record<string, string> = {
  title: 'title',
  published: 'published',
  modified: 'modified',
  author: 'author',
  canonicalUrl: 'canonical URL',
  siteName: 'outlet',
  lang: 'language',
  leadImage: 'lead image',
};

/** "1,240 t · tonnage · approved · 0.92" — what a highlight shows on hover and focus. */
export function factLabel(f: ArticleViewFact): string {
  const value = f.value === null ? f.text : `${f.value}${f.unit ? ` ${f.unit}` : ''}`;
  return [value, f.type, f.period ? `period ${f.period}` : null, f.status, `confidence ${f.confidence.toFixed(2)}`].filter(Boolean).join(' · ');
}

/**
 * The article as the pipeline read it: the stored body text (escaped: every value goes through
 * hono/html), each fact highlighted at its offsets. Every highlight is focusable in text order, so
 * Tab walks the facts; its value shows on hover (title) and on focus (CSS, from data-label).
 */
export function articlePage(user: User, csrfToken: string | null, a: ArticleView): Html {
  const first = new Set<number>();
  const mark = (f: ArticleViewFact, inner: Html): Html => {
    const opening = !first.has(f.id);
    first.add(f.id);
    return html`<mark class="fact t-${f.type} s-${f.status}" data-fact-id="${f.id}" ${opening ? html`id="fact-${f.id}" tabindex="0" data-start="${f.start}" data-end="${f.end}"` : ''} data-label="${factLabel(f)}" title="${factLabel(f)}">${inner}</mark>`;
  };
  const segment = (s: Segment<ArticleViewFact>): Html => s.facts.reduceRight<Html>((inner, f) => mark(f, inner), html`${a.body.slice(s.start, s.end)}`);
  const block = (b: ArticleBlock<ArticleViewFact>): Html =>
    b.kind === 'paragraph'
      ? html`<p class="body-block" data-start="${b.start}">${b.segments.map(segment)}</p>`
      : html`<table class="grid body-table"><tbody>${b.rows.map((r) => html`<tr>${r.cells.map((c) => html`<td data-start="${c[0]?.start ?? ''}">${c.map(segment)}</td>`)}</tr>`)}</tbody></table>`;
  const original = safeHref(a.url);
  const counts = countBy(a.facts, (f) => f.status);
  return layout({
    title: a.title ?? `Article ${a.id}`,
    user,
    csrfToken,
    scripts: ['article.js'],
    body: html`<article class="article-view" id="article" data-article-id="${a.id}">
<h1>${a.title ?? '(no title)'}</h1>
<p class="meta">${a.siteName ?? ''}${a.published ? html` · ${a.published}` : ''} ·
  ${original ? html`<a id="original" href="${original}" rel="noopener noreferrer" target="_blank">original page</a>` : html`<span>${a.url}</span>`}
  ${a.hasSnapshot ? html` · <a id="snapshot" href="/articles/${a.id}/snapshot">stored snapshot (fetched ${a.fetchedAt})</a>` : ' · no stored snapshot'}</p>
<p class="muted" id="fact-summary">${a.facts.length} fact(s) highlighted${Object.entries(counts).map(([s, n]) => html` · ${n} ${s}`)}. Tab moves from one to the next; <kbd>j</kbd>/<kbd>k</kbd> too.</p>
<p class="legend muted">${['tonnage', 'percentage', 'money', 'date', 'company', 'country'].map((t) => html`<mark class="fact t-${t}">${t}</mark> `)} · dashed: pending · struck: rejected or retired</p>
<section class="card body" id="body">${articleBlocks(a.body, a.facts).map(block)}</section>
<section class="card"><h2>Metadata</h2>
<table class="grid" id="metadata"><thead><tr><th>field</th><th>value</th><th>found in</th></tr></thead><tbody>
${Object.entries(METADATA_LABELS).map(([key, label]) => {
  const v = a.metadata[key];
  return html`<tr><td>${label}</td><td>${v?.value ?? '—'}</td><td>${v?.source ?? ''}</td></tr>`;
})}
<tr><td>stored URL</td><td>${a.canonicalUrl}</td><td>canonical</td></tr>
<tr><td>extractor</td><td>${a.extractorVersion}</td><td></td></tr>
</tbody></table></section>
</article>`,
  });
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
