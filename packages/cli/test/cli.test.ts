import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FACTS_PER_SENTENCE } from '@newsfacts/core';
import { startFixtureSite } from '../src/index.ts';
import { runCli } from './run-cli.ts';

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
  env = { NEWSFACTS_DB: join(dir, 'cli.db') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newsfacts feeds', () => {
  it('adds, lists and removes a feed; machine output on stdout only', async () => {
    const added = await runCli(['feeds', 'add', '--no-discover', 'https://news.example/rss.xml'], { env });
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^\d+$/);
    const again = await runCli(['feeds', 'add', '--no-discover', 'https://news.example/rss.xml'], { env });
    expect(again.stdout.trim()).toBe(id);
    const listed = await runCli(['feeds', 'list', '--format', 'json'], { env });
    const feeds = JSON.parse(listed.stdout) as { id: number; url: string; consecutive_errors: number }[];
    expect(feeds).toEqual([expect.objectContaining({ id: Number(id), url: 'https://news.example/rss.xml', consecutive_errors: 0 })]);
    const removed = await runCli(['feeds', 'remove', id], { env });
    expect(removed.code).toBe(0);
    expect(JSON.parse((await runCli(['feeds', 'list', '--format', 'json'], { env })).stdout)).toEqual([]);
  }, 180_000);

  it('finds the feed behind a site URL, and refuses loopback without the allow setting', async () => {
    const site = await startFixtureSite();
    try {
      const local = { ...env, NEWSFACTS_DB: join(dir, 'discover.db') };
      const refused = await runCli(['feeds', 'add', `${site.baseUrl}/`], { env: local });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/private|loopback/i);
      const found = await runCli(['feeds', 'add', `${site.baseUrl}/`], { env: { ...local, NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1' } });
      expect(found.code).toBe(0);
      expect(found.stderr).toContain(`${site.baseUrl}/feeds/rss.xml`);
      const feeds = JSON.parse((await runCli(['feeds', 'list', '--format', 'json'], { env: local })).stdout) as { url: string; title: string }[];
      expect(feeds.map((f) => f.url)).toEqual([`${site.baseUrl}/feeds/rss.xml`]);
      expect(feeds[0]?.title).toBeTruthy();
    } finally {
      await site.close();
    }
  }, 180_000);

  it('pauses, resumes, and round-trips feeds through OPML', async () => {
    const local = { ...env, NEWSFACTS_DB: join(dir, 'opml.db') };
    const id = (await runCli(['feeds', 'add', '--no-discover', 'https://a.example/feed.xml'], { env: local })).stdout.trim();
    await runCli(['feeds', 'add', '--no-discover', 'https://b.example/rss?x=1&y=2'], { env: local });
    expect((await runCli(['feeds', 'pause', id], { env: local })).code).toBe(0);
    let feeds = JSON.parse((await runCli(['feeds', 'list', '--format', 'json'], { env: local })).stdout) as { status: string; paused_reason: string | null }[];
    expect(feeds[0]).toMatchObject({ status: 'paused', paused_reason: 'paused by operator' });
    await runCli(['feeds', 'resume', id], { env: local });
    feeds = JSON.parse((await runCli(['feeds', 'list', '--format', 'json'], { env: local })).stdout);
    expect(feeds[0]).toMatchObject({ status: 'active', paused_reason: null });
    const opml = (await runCli(['feeds', 'export'], { env: local })).stdout;
    expect(opml).toContain('<opml');
    const other = { ...env, NEWSFACTS_DB: join(dir, 'opml2.db') };
    const imported = await runCli(['feeds', 'import', '-'], { env: other, input: opml });
    expect(imported.code).toBe(0);
    const urls = (JSON.parse((await runCli(['feeds', 'list', '--format', 'json'], { env: other })).stdout) as { url: string }[]).map((f) => f.url);
    expect(urls).toEqual(['https://a.example/feed.xml', 'https://b.example/rss?x=1&y=2']);
  }, 180_000);

  it('refuses a non-http URL with a clear error and a non-zero exit', async () => {
    const result = await runCli(['feeds', 'add', 'file:///etc/passwd'], { env });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/only http and https/);
  });

  it('reports a bad environment with every bad key', async () => {
    const result = await runCli(['feeds', 'list'], { env: { ...env, NEWSFACTS_REVIEW_THRESHOLD: '3', REDIS_URL: 'nope' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NEWSFACTS_REVIEW_THRESHOLD');
    expect(result.stderr).toContain('REDIS_URL');
  });
});

describe('newsfacts extract --jsonl', () => {
  it('turns text and html lines into facts, and a bad line into an error line', async () => {
    const html =
      '<html><head><title>Gallium curbs</title></head><body><nav><a href="/">Home</a></nav><article><h1>Gallium curbs</h1>' +
      '<p>China shipped 420.5 tonnes of rare-earth magnets to the United States in September, down 28.7% from August, customs data showed on Monday.</p>' +
      '<p>The Ministry of Commerce said the licensing regime introduced in April would stay in place while talks continue with Washington.</p>' +
      '<p>Analysts expect exports to recover only slowly, with some estimates suggesting a rebound of about 15% by the end of the year.</p></article></body></html>';
    const input = [
      JSON.stringify({ id: 't1', text: 'Exports fell 28.7% to 420.5 tonnes in September.', published: '2025-10-20' }),
      '{not json',
      JSON.stringify({ id: 'h1', url: 'https://news.example/a', html }),
      JSON.stringify({ id: 'x' }),
    ].join('\n');
    const result = await runCli(['extract', '--jsonl'], { input });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    const [text, broken, page, incomplete] = lines as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    expect(text.id).toBe('t1');
    const textFacts = text.facts as { type: string; value: unknown }[];
    expect(textFacts).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'percentage', value: 28.7 }), expect.objectContaining({ type: 'tonnage', value: 420.5 })]));
    expect(broken.error).toBe('not valid JSON');
    expect(page.id).toBe('h1');
    expect(page.title).toBe('Gallium curbs');
    expect(page.body_text as string).toContain('420.5 tonnes');
    expect(page.body_text as string).not.toContain('Home');
    expect((page.facts as { type: string }[]).some((f) => f.type === 'tonnage')).toBe(true);
    expect(incomplete).toMatchObject({ id: 'x', error: expect.stringContaining('expected') });
  }, 180_000);

  it('bounds the facts of a line as the pipeline does, and says how many it dropped', async () => {
    // One sentence that lists more percentages than a sentence may keep, then an ordinary one.
    const listing = `Shares of the miners moved ${Array.from({ length: 90 }, (_, i) => `${i + 1}.5%`).join(', ')} on the day.`;
    const input = [
      JSON.stringify({ id: 'bomb', text: `${listing} Output rose 12% in May.`, published: '2025-06-02' }),
      JSON.stringify({ id: 'plain', text: 'Output rose 12% in May.', published: '2025-06-02' }),
    ].join('\n');
    const result = await runCli(['extract', '--jsonl'], { input });
    const [bomb, plain] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) as [Record<string, unknown>, Record<string, unknown>];
    const percents = (bomb.facts as { type: string; value: number }[]).filter((f) => f.type === 'percentage');
    expect(percents.filter((f) => f.value !== 12).length).toBeLessThanOrEqual(MAX_FACTS_PER_SENTENCE);
    expect(percents.some((f) => f.value === 12)).toBe(true);
    expect(bomb.facts_dropped as number).toBeGreaterThan(0);
    expect(bomb.facts_dropped_reason).toContain('per sentence');
    expect(plain).toMatchObject({ facts_dropped: 0, facts_dropped_reason: null });
  }, 180_000);

  it('never returns an empty body for a page with visible text without saying why', async () => {
    const paragraphs = [
      'The port authority said dredging of the inner harbour finished on Friday, two weeks ahead of schedule.',
      'About 41,000 cubic metres of silt were removed and will be spread on farmland once tests show it is clean.',
      'Fishing boats can return to their usual berths from Monday morning, the authority added.',
    ];
    // No </head> and no <body>: the body's text follows the head's last element.
    const unclosedHead = `<html><head><title>Dredging done</title><meta charset="utf-8">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</html>`;
    const menusOnly = `<html><body><nav>${Array.from({ length: 10 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join(' ')}</nav></body></html>`;
    const input = [
      JSON.stringify({ id: 'head', url: 'https://news.example/dredging', html: unclosedHead }),
      JSON.stringify({ id: 'menus', url: 'https://news.example/', html: menusOnly }),
    ].join('\n');
    const result = await runCli(['extract', '--jsonl'], { input });
    const [head, menus] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) as [Record<string, unknown>, Record<string, unknown>];
    expect(head.body_text).toBe(paragraphs.join('\n\n'));
    expect(head).toMatchObject({ is_article: true, extraction: 'content', extraction_note: null });
    expect(menus).toMatchObject({ body_text: '', is_article: false, extraction: 'none' });
    expect(menus.extraction_note).toEqual(expect.any(String));
  }, 180_000);
});

describe('newsfacts facts', () => {
  it('prints valid empty JSON and CSV on an empty store', async () => {
    const json = await runCli(['facts', '--format', 'json'], { env });
    expect(JSON.parse(json.stdout)).toEqual([]);
    const csv = await runCli(['facts', '--format', 'csv', '--status', 'all'], { env });
    expect(csv.stdout.trim().split(',')).toEqual(expect.arrayContaining(['id', 'article_url', 'type', 'value', 'unit', 'sentence', 'source_link']));
  }, 180_000);

  it('prints help for every command', async () => {
    for (const command of ['feeds', 'fetches', 'run', 'worker', 'articles', 'facts', 'extract', 'demo']) {
      const result = await runCli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: newsfacts ${command}`);
    }
  }, 180_000);
});
