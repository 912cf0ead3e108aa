'use strict';
(function () {
  const nf = window.nf;
  const state = { items: [], index: 0, skipped: new Set(), filters: {}, busy: false };
  const $ = (id) => document.getElementById(id);

  function setStatus(msg, isError) {
    const el = $('status');
    el.textContent = msg;
    el.classList.toggle('error', Boolean(isError));
  }

  function current() { return state.items[state.index]; }

  /** Appends `text` to `el` with [start, end) wrapped in <mark>, as text nodes only. */
  function highlighted(el, text, start, end) {
    el.replaceChildren();
    if (!(start >= 0 && end > start && end <= text.length)) { el.textContent = nf.plain(text); return; }
    // Offsets count the stored text: cut first, then drop bidi controls from each piece.
    const mark = document.createElement('mark');
    mark.textContent = nf.plain(text.slice(start, end));
    el.append(document.createTextNode(nf.plain(text.slice(0, start))), mark, document.createTextNode(nf.plain(text.slice(end))));
  }

  function renderList() {
    const list = $('queue-list');
    list.replaceChildren();
    state.items.forEach((it, i) => {
      const li = document.createElement('li');
      li.textContent = nf.plain(`${it.type} ${it.value ?? ''}${it.unit ? ' ' + it.unit : ''} · ${Math.round(it.confidence * 100)}%`);
      li.dataset.factId = String(it.id);
      if (i === state.index) li.className = 'current';
      li.addEventListener('click', () => { state.index = i; render(); });
      list.append(li);
    });
  }

  function render() {
    renderList();
    const it = current();
    $('item').hidden = !it;
    $('empty').hidden = Boolean(it);
    if (!it) return;
    $('item').dataset.factId = String(it.id);
    nf.text('f-type', it.type);
    nf.text('f-value', it.value);
    nf.text('f-unit', it.unit);
    nf.text('f-period', it.period);
    nf.text('f-qualifier', it.qualifier);
    nf.text('f-confidence', it.confidence.toFixed(2));
    const at = it.sentence.indexOf(it.text);
    highlighted($('f-sentence'), it.sentence, at, at >= 0 ? at + it.text.length : -1);
    highlighted($('f-paragraph'), it.paragraph, it.spanStart, it.spanEnd);
    const reasons = $('f-reasons');
    reasons.replaceChildren(...(it.reasons.length ? it.reasons : ['(no reason recorded)']).map((r) => {
      const li = document.createElement('li');
      li.textContent = nf.plain(r);
      return li;
    }));
    nf.text('f-title', it.articleTitle);
    nf.text('f-outlet', it.outlet);
    nf.text('f-date', it.published);
    const link = $('f-link');
    const href = nf.safeHref(it.sourceLink);
    if (href) link.setAttribute('href', href); else link.removeAttribute('href');
    const group = it.groupId ? `Group #${it.groupId}: ${it.groupSources} source(s), ${it.groupPending} other pending` : 'Not corroborated by another source yet';
    nf.text('f-group', group);
    $('group-btn').disabled = !(it.groupPending > 0);
  }

  async function load(keepId) {
    const data = await nf.post('/api/review/next', { filters: state.filters, limit: 10, exclude: [...state.skipped] });
    const prevIndex = state.index;
    state.items = data.items;
    const keep = keepId === undefined ? -1 : state.items.findIndex((i) => i.id === keepId);
    state.index = keep >= 0 ? keep : Math.min(prevIndex, Math.max(0, state.items.length - 1));
    render();
  }

  /** Runs one action at a time: a fast typist never sends two decisions for the same item. */
  async function run(label, fn) {
    if (state.busy) return;
    state.busy = true;
    // Visible to assistive tech and to tests: keys pressed while busy are ignored on purpose.
    document.body.setAttribute('aria-busy', 'true');
    try {
      await fn();
    } catch (err) {
      setStatus(`${label} failed: ${err.message}`, true);
      await load().catch(() => {});
    } finally {
      state.busy = false;
      document.body.removeAttribute('aria-busy');
    }
  }

  function decide(body, verb) {
    const it = current();
    if (!it) return;
    run(verb, async () => {
      const r = await nf.post(`/api/review/${it.id}/decision`, body);
      setStatus(`${verb} fact ${it.id}${r.decided.length > 1 ? ` and ${r.decided.length - 1} more in its group` : ''}`);
      await load();
    });
  }

  function skip() {
    const it = current();
    if (!it) return;
    run('Skip', async () => {
      state.skipped.add(it.id);
      await nf.post(`/api/review/${it.id}/skip`, {});
      setStatus(`Skipped fact ${it.id}`);
      await load();
    });
  }

  function undo() {
    run('Undo', async () => {
      const r = await nf.post('/api/review/undo', {});
      r.restored.forEach((id) => state.skipped.delete(id));
      setStatus(`Undid the decision on fact ${r.restored.join(', ')}`);
      await load(r.restored[0]);
    });
  }

  function openEdit() {
    const it = current();
    if (!it) return;
    const form = $('edit-form');
    form.elements.type.value = it.type;
    form.elements.value.value = it.value === null ? '' : String(it.value);
    form.elements.unit.value = it.unit || '';
    form.elements.period.value = it.period || '';
    form.elements.reason.value = '';
    $('edit-error').textContent = '';
    $('edit-dialog').showModal();
    form.elements.value.focus();
    form.elements.value.select();
  }

  function submitEdit(ev) {
    ev.preventDefault();
    const it = current();
    const f = ev.target.elements;
    const raw = f.value.value.trim();
    const numeric = !['company', 'country', 'date'].includes(f.type.value) && raw !== '' && !Number.isNaN(Number(raw));
    const edit = { type: f.type.value, value: numeric ? Number(raw) : raw, unit: f.unit.value.trim() || null, period: f.period.value.trim() || null };
    const body = { action: 'edit', edit };
    if (f.reason.value.trim()) body.reason = f.reason.value.trim();
    run('Edit', async () => {
      try {
        await nf.post(`/api/review/${it.id}/decision`, body);
      } catch (err) {
        $('edit-error').textContent = err.message;
        return;
      }
      $('edit-dialog').close();
      setStatus(`Edited and approved fact ${it.id}`);
      await load();
    });
  }

  function move(delta) {
    if (!state.items.length) return;
    state.index = Math.max(0, Math.min(state.items.length - 1, state.index + delta));
    render();
  }

  function toggleHelp(show) {
    const help = $('help');
    help.hidden = show === undefined ? !help.hidden : !show;
  }

  const KEYS = {
    a: () => decide({ action: 'approve' }, 'Approved'),
    g: () => decide({ action: 'approve', group: true }, 'Approved'),
    r: () => decide({ action: 'reject' }, 'Rejected'),
    e: openEdit,
    s: skip,
    u: undo,
    j: () => move(1),
    k: () => move(-1),
    '?': () => toggleHelp(),
    Escape: () => toggleHelp(false),
  };

  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t instanceof HTMLElement && (t.closest('input, select, textarea, dialog[open]'))) return;
    const fn = KEYS[ev.key];
    if (!fn) return;
    ev.preventDefault();
    fn();
  });
  document.querySelectorAll('button[data-key]').forEach((b) => b.addEventListener('click', () => KEYS[b.dataset.key]()));
  $('edit-form').addEventListener('submit', submitEdit);
  $('edit-cancel').addEventListener('click', () => $('edit-dialog').close());
  $('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const fd = new FormData(ev.target);
    state.filters = {};
    for (const [k, v] of fd.entries()) if (String(v).trim()) state.filters[k] = k === 'feedId' ? Number(v) : String(v).trim();
    state.index = 0;
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    run('Filter', () => load());
  });
  run('Loading', () => load());
  // Leases last five minutes: renew them while the page is open so a slow read keeps its items.
  setInterval(() => {
    if (!state.busy && !document.hidden) run('Renewing leases', () => load(current() ? current().id : undefined));
  }, 120000);
})();
