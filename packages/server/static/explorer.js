'use strict';
(function () {
  const nf = window.nf;
  const form = document.getElementById('query');
  const SVG = 'http://www.w3.org/2000/svg';

  /** The query API answers with an array or an object holding one; accept either. */
  function rowsOf(data) {
    if (Array.isArray(data)) return data;
    for (const k of ['rows', 'facts', 'items', 'data', 'points', 'series']) if (data && Array.isArray(data[k])) return data[k];
    return [];
  }

  function params(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim() && k !== 'by') p.set(k, String(v).trim());
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  async function getJson(url) {
    const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!res.ok) {
      let msg = `HTTP ${res.status}`;
      try { msg = (await res.json()).error || msg; } catch { /* keep the status */ }
      throw new Error(msg);
    }
    return res.json();
  }

  function cell(tr, value) {
    const td = document.createElement('td');
    td.textContent = nf.plain(value);
    tr.append(td);
    return td;
  }

  function renderFacts(rows) {
    const body = document.querySelector('#facts tbody');
    body.replaceChildren();
    for (const f of rows) {
      const tr = document.createElement('tr');
      tr.dataset.factId = String(f.id);
      [f.id, f.type, f.value, f.unit, f.period, f.qualifier, f.status, typeof f.confidence === 'number' ? f.confidence.toFixed(2) : f.confidence, f.sentence].forEach((v) => cell(tr, v));
      const td = cell(tr, '');
      const href = nf.safeHref(f.source_link);
      if (href) {
        const a = document.createElement('a');
        a.href = href;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.textContent = nf.plain(f.site_name) || 'source';
        td.append(a);
      }
      body.append(tr);
    }
    nf.text('count', `${rows.length} fact(s) shown`);
  }

  function el(name, attrs, text) {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = nf.plain(text);
    return e;
  }

  /** A plain line chart: one value per period, red dots where sources disagree. */
  function renderChart(points) {
    const box = document.getElementById('chart');
    box.replaceChildren();
    const pts = points.filter((p) => typeof p.value === 'number' && p.period);
    const units = [...new Set(pts.map((p) => p.unit))];
    const unit = units[0] ?? null;
    const series = pts.filter((p) => p.unit === unit).sort((a, b) => String(a.period).localeCompare(String(b.period)));
    nf.text('chart-note', series.length ? `${series.length} period(s)${unit ? `, unit ${unit}` : ''}${units.length > 1 ? ` (other units hidden: ${units.slice(1).join(', ')})` : ''}` : 'No numeric values with a period for this query.');
    if (!series.length) return;
    const W = 800, H = 260, L = 60, R = 20, T = 15, B = 40;
    const values = series.map((p) => p.value);
    const lo = Math.min(0, ...values), hi = Math.max(...values) || 1;
    const x = (i) => L + (series.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (series.length - 1));
    const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo || 1));
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'series chart' });
    svg.append(el('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }), el('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
    svg.append(el('text', { x: L - 6, y: y(hi) + 4, 'text-anchor': 'end' }, String(hi)), el('text', { x: L - 6, y: y(lo) + 4, 'text-anchor': 'end' }, String(lo)));
    svg.append(el('polyline', { class: 'line', points: series.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }));
    const every = Math.ceil(series.length / 12);
    series.forEach((p, i) => {
      const dot = el('circle', { class: p.conflict ? 'dot conflict' : 'dot', cx: x(i), cy: y(p.value), r: 4 });
      dot.append(el('title', {}, `${p.period}: ${p.value}${p.unit ? ' ' + p.unit : ''} (${p.sources ?? '?'} source(s))${p.conflict ? ' — sources disagree' : ''}`));
      svg.append(dot);
      if (i % every === 0) svg.append(el('text', { x: x(i), y: H - B + 16, 'text-anchor': 'middle' }, String(p.period)));
    });
    box.append(svg);
  }

  async function run() {
    const p = params();
    document.getElementById('csv').setAttribute('href', `/api/facts?${params({ format: 'csv' })}`);
    const by = new FormData(form).get('by') || 'month';
    try {
      const [facts, series] = await Promise.all([getJson(`/api/facts?${p}`), getJson(`/api/series?${params({ by: String(by) })}`)]);
      renderFacts(rowsOf(facts));
      if (facts && facts.next_cursor) nf.text('count', `First ${rowsOf(facts).length} facts shown; the CSV download has every match.`);
      renderChart(rowsOf(series));
    } catch (err) {
      nf.text('count', `Query failed: ${err.message}`);
    }
  }

  // Keep the filters in the address bar so a query can be bookmarked and shared.
  const initial = new URLSearchParams(location.search);
  for (const [k, v] of initial.entries()) {
    const field = form.elements[k];
    if (!field) continue;
    if (field.type === 'checkbox') field.checked = v === field.value;
    else field.value = v;
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    history.replaceState(null, '', `/explorer?${new URLSearchParams(new FormData(form))}`);
    run();
  });
  run();
})();
