import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Store } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeResult } from '../../../packages/store/test/make-result.ts';
import { createGroupCommitter } from '../src/index.ts';

describe('group commit of stored articles (real SQLite file)', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-group-commit-'));
    store = await openDb(join(dir, 'facts.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (table: string) => (store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('gives each article arriving together the summary it would have had alone', async () => {
    const committer = createGroupCommitter(store, { reviewThreshold: 0.8, maxGroup: 5 });
    const urls = Array.from({ length: 12 }, (_, i) => `https://news.example/a/${i}`);
    const bodies = urls.map((_, i) => `Exports of rare-earth magnets fell 28.7% in September.\n\nShipments to the United States reached 420.5 tonnes. Report ${i}.`);
    const summaries = await Promise.all(urls.map((url, i) => committer.save(makeResult({ url, canonicalUrl: url, finalUrl: url }, bodies[i]))));
    expect(summaries.map((s) => s.outcome)).toEqual(urls.map(() => 'new'));
    expect(summaries.map((s) => s.factsInserted)).toEqual(urls.map(() => 2));
    expect(new Set(summaries.map((s) => s.articleId)).size).toBe(12);
    expect(count('articles')).toBe(12);
    expect(count('facts')).toBe(24);
  });

  it('writes an article repeated within one group once', async () => {
    const committer = createGroupCommitter(store, { reviewThreshold: 0.8, maxGroup: 32 });
    const [first, again] = await Promise.all([committer.save(makeResult()), committer.save(makeResult())]);
    expect(first?.outcome).toBe('new');
    expect(again?.outcome).toBe('unchanged');
    expect(again?.articleId).toBe(first?.articleId);
    expect(count('facts')).toBe(2);
  });

  it('fails only the article the database refuses; the others of its group are committed', async () => {
    const committer = createGroupCommitter(store, { reviewThreshold: 0.8, maxGroup: 32 });
    const good = ['https://news.example/a/good-1', 'https://news.example/a/good-2'];
    // A canonical URL is required by the schema: this result cannot be stored.
    const refused = makeResult({ url: 'https://news.example/a/bad', canonicalUrl: null as never });
    const outcomes = await Promise.allSettled([
      committer.save(makeResult({ url: good[0], canonicalUrl: good[0], finalUrl: good[0] }, 'Exports fell 28.7% in September.\n\nShipments reached 420.5 tonnes. One.')),
      committer.save(refused),
      committer.save(makeResult({ url: good[1], canonicalUrl: good[1], finalUrl: good[1] }, 'Exports fell 28.7% in September.\n\nShipments reached 420.5 tonnes. Two.')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/NOT NULL|canonical_url/);
    expect(count('articles')).toBe(2);
  });

  const article = (i: number) => {
    const url = `https://news.example/linger/${i}`;
    return makeResult({ url, canonicalUrl: url, finalUrl: url }, `Exports fell 28.7% in September.\n\nShipments reached 420.5 tonnes. Report ${i}.`);
  };
  const nextTurn = () => new Promise((r) => setImmediate(r));

  it('holds the first article of a group while others arrive one by one, then commits them together', async () => {
    const committer = createGroupCommitter(store, { reviewThreshold: 0.8, maxGroup: 32, lingerMs: 2_000 });
    const committedAt: number[] = [];
    const saves: Promise<unknown>[] = [];
    for (let i = 0; i < 4; i++) {
      saves.push(committer.save(article(i)).then(() => committedAt.push(i)));
      await nextTurn();
    }
    // All four were handed over in separate event-loop turns (alone, each would have had its own
    // commit), and none is committed yet: they wait for company.
    expect(committedAt).toEqual([]);
    expect(count('articles')).toBe(0);
    await Promise.all(saves);
    expect(committedAt.sort()).toEqual([0, 1, 2, 3]);
    expect(count('articles')).toBe(4);
  });

  it('commits a full group without waiting out the linger', async () => {
    const committer = createGroupCommitter(store, { reviewThreshold: 0.8, maxGroup: 3, lingerMs: 600_000 });
    const saves = [0, 1, 2].map((i) => committer.save(article(i)));
    // With a ten-minute linger, only a full group can have been committed: the test would time out otherwise.
    await Promise.all(saves);
    expect(count('articles')).toBe(3);
  });
});
