import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { FactsPage, GroupsPage, SeriesResponse } from '@newsfacts/core';
import { openDb, type Store } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, figure, seedCorpus } from '../../store/test/query-fixtures.ts';
import { csvField } from '../src/api/csv.ts';
import { createQueryApi } from '../src/api/query-api.ts';

let dir: string;
let store: Store;
let server: Server;
let base: string;

/** Minimal RFC 4180 reader for checking what the API writes (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-api-'));
  store = await openDb(join(dir, 'facts.db'));
  await seedCorpus(store);
  // A sentence with every character CSV must escape.
  const tricky = 'He said "exports, in short,\nfell" to 77 tonnes in October.';
  await saveTricky(tricky);
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: createQueryApi(store).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function saveTricky(sentence: string): Promise<void> {
  const { saveArticleResult } = await import('@newsfacts/store');
  await saveArticleResult(store.db, article('https://outlet-d.example/tricky', 'Quotes, commas', '2025-11-10T00:00:00Z', [figure('tonnage', 77, sentence, { subject: 'CN', period: '2025-10' })], null), { reviewThreshold: 0.8 });
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe('GET /api/facts', () => {
  it('filters and pages with a cursor until the last page', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/facts?type=tonnage&country=CN&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = FactsPage.parse(await res.json());
      for (const f of page.data) expect(f.type).toBe('tonnage');
      seen.push(...page.data.map((f) => f.value as number));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual([420.5, 421, 420.5, 5000, 4000, 77]);
  });

  it('takes every filter from the query string', async () => {
    const res = await get('/api/facts?type=tonnage,percentage&search=magnet%20exports&from=2025-09&to=2025-09&published_from=2025-10-21&min=20&max=500&status=trusted');
    const page = FactsPage.parse(await res.json());
    expect(page.data.map((f) => `${f.type} ${f.value} ${f.article_url}`)).toEqual([
      'tonnage 421 https://outlet-b.example/magnet-shipments-drop',
      'percentage 28.7 https://outlet-b.example/magnet-shipments-drop',
      'tonnage 420.5 https://outlet-c.example/2025-month-by-month',
    ]);
    const byFeed = FactsPage.parse(await (await get('/api/facts?feed=https%3A%2F%2Foutlet-b.example%2Ffeed.xml&company=lynas')).json());
    expect(byFeed.data.map((f) => f.value)).toEqual(['Lynas Rare Earths', 10500]);
  });

  it('rejects bad parameters with 400 and the reasons', async () => {
    const bad = await get('/api/facts?type=weight&from=soon&limit=0');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path).sort()).toEqual(['from', 'limit', 'type.0']);
    expect((await get('/api/facts?cursor=garbage')).status).toBe(400);
    expect((await get('/api/facts?search=%22*&format=csv')).status).toBe(400);
  });

  it('treats SQL in a parameter as data', async () => {
    const res = await get(`/api/facts?company=${encodeURIComponent("x' OR 1=1 --")}&search=${encodeURIComponent('tonnes") OR ("a')}`);
    expect(res.status).toBe(200);
    expect(FactsPage.parse(await res.json()).data).toEqual([]);
  });

  it('streams CSV by Accept header with correct escaping', async () => {
    const res = await get('/api/facts?type=tonnage', { accept: 'text/csv' });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    const header = rows[0]!;
    expect(header.slice(0, 13)).toEqual(['id', 'article_id', 'article_url', 'type', 'value', 'unit', 'text', 'sentence', 'start', 'end', 'confidence', 'status', 'source_link']);
    expect(rows).toHaveLength(1 + 7);
    const tricky = rows.find((r) => r[4] === '77')!;
    expect(tricky[header.indexOf('sentence')]).toBe('He said "exports, in short,\nfell" to 77 tonnes in October.');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField('plain')).toBe('plain');
  });

  it('serves NDJSON by ?format= and one page when a limit is given', async () => {
    const res = await get('/api/facts?type=tonnage&format=ndjson&limit=3');
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { value: number });
    expect(lines.map((l) => l.value)).toEqual([420.5, 421, 10500]);
    const next = res.headers.get('x-next-cursor');
    expect(next).toBeTruthy();
    const rest = await (await get(`/api/facts?type=tonnage&format=ndjson&cursor=${next}`, { accept: 'application/x-ndjson' })).text();
    expect(rest.trim().split('\n').map((l) => (JSON.parse(l) as { value: number }).value)).toEqual([420.5, 5000, 4000, 77]);
  });

  it('returns one fact with its group, and 404 for an unknown id', async () => {
    const list = FactsPage.parse(await (await get('/api/facts?type=tonnage&limit=1')).json());
    const res = await get(`/api/facts/${list.data[0]!.id}`);
    const body = (await res.json()) as { data: { value: number }; group: { source_count: number; conflict: boolean } };
    expect(body.data.value).toBe(420.5);
    expect(body.group).toMatchObject({ source_count: 2, conflict: true });
    expect((await get('/api/facts/999999')).status).toBe(404);
    expect((await get('/api/facts/abc')).status).toBe(400);
  });
});

describe('GET /api/groups and /api/series', () => {
  it('lists corroborated figures with their sources and conflicts', async () => {
    const page = GroupsPage.parse(await (await get('/api/groups?type=tonnage&from=2025-09&to=2025-09')).json());
    const main = page.data.find((g) => g.value === 420.5)!;
    expect(main.source_count).toBe(2);
    expect(main.sources.map((s) => s.site_name ?? s.article_url)).toHaveLength(2);
    expect(main.conflicting_values.map((v) => v.value)).toEqual([421]);
    const one = (await (await get(`/api/groups/${main.group_id}`)).json()) as { data: { value: number; sources: unknown[] } };
    expect(one.data).toMatchObject({ value: 420.5, sources: [expect.anything(), expect.anything()] });
    expect((await get('/api/groups/424242')).status).toBe(404);
    const csv = parseCsv(await (await get('/api/groups?type=tonnage&format=csv')).text());
    expect(csv[0]).toContain('source_count');
    expect(csv.length).toBe(1 + 6);
  });

  it('gives one value per month with sources and conflict', async () => {
    const res = await get('/api/series?type=tonnage&country=CN&search=magnet%20exports&by=month');
    const { data } = SeriesResponse.parse(await res.json());
    expect(data.map((p) => [p.period, p.value, p.sources, p.conflict])).toEqual([
      ['2025-08', 5000, 1, false],
      ['2025-09', 420.5, 2, true],
    ]);
    const csv = parseCsv(await (await get('/api/series?type=tonnage&country=CN&search=magnet%20exports', { accept: 'text/csv;q=0.9, application/json;q=0.5' })).text());
    expect(csv.map((r) => r.slice(0, 5))).toEqual([
      ['period', 'unit', 'value', 'sources', 'conflict'],
      ['2025-08', 't', '5000', '1', 'false'],
      ['2025-09', 't', '420.5', '2', 'true'],
    ]);
  });
});
