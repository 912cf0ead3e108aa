import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticles, listFetches, openDb, saveArticleResult, type Store } from '../src/index.ts';
import { makeResult } from './make-result.ts';

let dir: string;
let store: Store;
const options = { reviewThreshold: 0.8 };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-extraction-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('how a body was found, on the article row and in the fetch log', () => {
  it('an empty body says why, on the row and in the fetch log', async () => {
    const base = makeResult({ url: 'https://news.example/section/world' }, '');
    const reason = 'index page (9 headline links beside 0 paragraphs)';
    await saveArticleResult(store.db, {
      ...base,
      facts: [],
      doc: { ...base.doc, bodyText: '', isArticle: false, notArticleReason: reason, extraction: 'none', extractionNote: reason },
    }, options);
    const [row] = await listArticles(store.db);
    expect(row).toMatchObject({ body_text: '', is_article: 0, extraction: 'none', extraction_note: reason, not_article_reason: reason });
    const [fetch] = await listFetches(store.db);
    expect(fetch?.note).toBe(`not an article: ${reason} (empty body)`);
  });

  it('a body from the fallback is marked as such', async () => {
    const base = makeResult({ url: 'https://news.example/a/2' });
    const note = 'fallback: no element held prose; took the largest text block';
    await saveArticleResult(store.db, { ...base, doc: { ...base.doc, extraction: 'fallback', extractionNote: note } }, options);
    const [row] = await listArticles(store.db);
    expect(row).toMatchObject({ is_article: 1, extraction: 'fallback', extraction_note: note });
    expect((await listFetches(store.db))[0]?.note).toBe(`body from the extraction fallback: ${note}`);
  });

  it('a document made before the fields existed reads as found by the content finder', async () => {
    await saveArticleResult(store.db, makeResult({ url: 'https://news.example/a/3' }), options);
    const [row] = await listArticles(store.db);
    expect(row).toMatchObject({ extraction: 'content', extraction_note: null });
    expect((await listFetches(store.db))[0]?.note).toBeNull();
  });
});
