import { addFeed } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_SENTENCE, ownHostileArticle } from './browser/hostile.ts';
import { html, stripBidiControls } from '../src/pages/html.ts';
import { seedArticles } from './helpers/seed.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

const SCRIPT = '<script>alert(1)</script>';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    seed: async (store) => {
      await seedArticles(store.db, [ownHostileArticle()]);
      const { id } = await addFeed(store.db, { url: 'https://feeds.example/x.xml', title: `Feed ${SCRIPT}`, intervalMinutes: 15 });
      await store.db.updateTable('feeds').set({ last_error: `<img src=x onerror=alert(1)> failed`, consecutive_errors: 1 }).where('id', '=', id).execute();
    },
  });
});
afterAll(async () => {
  await t.close();
});

describe('server-rendered pages escape stored text', () => {
  it('feeds page: hostile title and last error come out as text', async () => {
    const html = await (await t.req('/feeds', { token: t.tokens.operator })).text();
    expect(html).toContain('Feed &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; failed');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toMatch(/<img/i);
  });

  it('history page: a hostile sentence comes out as text', async () => {
    const [item] = ((await (await t.req('/api/review/next', { method: 'POST', token: t.tokens.reviewer, json: {} })).json()) as { items: { id: number; sentence: string }[] }).items;
    expect(item!.sentence).toBe(HOSTILE_SENTENCE);
    await t.req(`/api/review/${item!.id}/decision`, { method: 'POST', token: t.tokens.reviewer, json: { action: 'reject', reason: `<script>x()</script>` } });
    const html = await (await t.req('/review/history', { token: t.tokens.reviewer })).text();
    expect(html).toContain('&lt;script&gt;window.__xss');
    expect(html).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(html).not.toMatch(/<script>(?!<\/script>)[^<]/);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('JSON answers are served as JSON, never sniffed as HTML', async () => {
    const res = await t.req('/api/review/history', { token: t.tokens.reviewer });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('server-rendered pages drop bidi controls from stored text', async () => {
    await addFeed(t.store.db, { url: 'https://feeds.example/bidi.xml', title: 'Wire \u202e52 tonnes\u202c daily \u2067isolated\u2069', intervalMinutes: 15 });
    const page = await (await t.req('/feeds', { token: t.tokens.operator })).text();
    expect(page).toContain('Wire 52 tonnes daily isolated');
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('the html helper', () => {
  it('strips embedding, override and isolate controls from values, nested ones included, and still escapes', async () => {
    const out = String(await html`<p>${'a\u202eb<i>'}</p>${['\u2066c', html`<b>${'\u202bd'}</b>`]}`);
    expect(out).toBe('<p>ab&lt;i&gt;</p>c<b>d</b>');
  });

  it('keeps the marks that right-to-left text legitimately uses', () => {
    expect(stripBidiControls('\u05e9\u05dc\u05d5\u05dd\u200f 12\u200e')).toBe('\u05e9\u05dc\u05d5\u05dd\u200f 12\u200e');
  });
});
