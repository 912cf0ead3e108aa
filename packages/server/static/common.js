// Shared by every page script. Article text is hostile: it is only ever written with textContent.
'use strict';
window.nf = {
  csrf() {
    const m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute('content') || '' : '';
  },
  async post(url, body) {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': window.nf.csrf() },
      body: JSON.stringify(body || {}),
    });
    let data = null;
    try { data = await res.json(); } catch { data = null; }
    if (!res.ok) throw new Error((data && data.error) || `HTTP ${res.status}`);
    return data;
  },
  /**
   * Article text minus bidi embedding, override and isolate controls (the set src/pages/html.ts
   * strips): one U+202E in a title would lay the rest of the line out right to left.
   */
  plain(value) {
    return value === null || value === undefined ? '' : String(value).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  },
  text(id, value) {
    const el = document.getElementById(id);
    if (el) el.textContent = value === null || value === undefined || value === '' ? '—' : window.nf.plain(value);
  },
  /** Only http(s) URLs become links. */
  safeHref(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch { return null; }
  },
};
