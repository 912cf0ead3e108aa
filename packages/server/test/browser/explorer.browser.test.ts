import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { type SeedArticle, pendingArticles, seedArticles } from '../helpers/seed.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';

const MONTHS = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];
const TONNES = [2140, 1980, 1240, 1410, 1830, 2020, 1650];

/** A monthly export series as it would arrive from several stories, one figure each. */
function monthlySeries(): SeedArticle[] {
  return MONTHS.map((m, i) => {
    const sentence = `China's exports of rare-earth magnets were ${TONNES[i]!.toLocaleString('en-US')} tonnes in ${m}, customs figures showed.`;
    return {
      url: `https://monthly.example/magnets/${m}`,
      title: `Magnet exports, ${m}`,
      siteName: 'Monthly Example',
      paragraphs: [sentence],
      facts: [{ text: `${TONNES[i]!.toLocaleString('en-US')} tonnes`, sentence, value: TONNES[i]!, confidence: 0.6, period: m, subject: 'CN' }],
    };
  });
}

/** Another outlet's figure for one month of the series, disagreeing with it (auto-accepted, not reviewed). */
function rivalFigure(): SeedArticle {
  const sentence = 'Magnet exports from China came to 1,300 tonnes in 2025-05, a trade group said.';
  return {
    url: 'https://rival.example/magnets/may',
    title: 'A different count for May',
    siteName: 'Rival Example',
    paragraphs: [sentence],
    facts: [{ text: '1,300 tonnes', sentence, value: 1300, confidence: 0.85, period: '2025-05', subject: 'CN' }],
  };
}

describe.skipIf(!CHROMIUM)('facts explorer in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer({ seed: (store) => seedArticles(store.db, [...monthlySeries(), ...pendingArticles(6), rivalFigure()]) });
    // Reviewers approve the monthly series and reject one unrelated figure, through the API.
    const pending = await t.store.db.selectFrom('facts').select(['id', 'period']).where('status', '=', 'pending').execute();
    for (const f of pending) {
      if (f.period) {
        await t.req('/api/review/next', { method: 'POST', token: t.tokens.reviewer, json: { limit: 50 } });
        expect((await t.req(`/api/review/${f.id}/decision`, { method: 'POST', token: t.tokens.reviewer, json: { action: 'approve' } })).status).toBe(200);
      }
    }
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("a researcher's CSV export matches the approved facts, and the chart shows the series", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    await page.goto(`${t.url}/sign-in`);
    await page.fill('#token', t.tokens.researcher);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/explorer');
    await page.selectOption('select[name="status"]', 'approved');
    await page.click('#query button[type="submit"]');
    await page.locator('#facts tbody tr').first().waitFor();
    await page.locator('#chart svg').waitFor();
    expect(await page.locator('#chart svg circle').count()).toBe(MONTHS.length);
    await page.screenshot({ path: shot('facts-explorer.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = parseCsv(csv);
    const col = (name: string) => header!.indexOf(name);
    expect(col('id')).toBeGreaterThanOrEqual(0);

    const approved = await t.store.db.selectFrom('facts').select(['id', 'value_num', 'period', 'status']).where('status', '=', 'approved').orderBy('id').execute();
    expect(approved).toHaveLength(MONTHS.length);
    expect(rows.map((r) => Number(r[col('id')]))).toEqual(approved.map((f) => f.id));
    expect(rows.map((r) => Number(r[col('value')]))).toEqual(TONNES);
    expect(rows.map((r) => r[col('period')])).toEqual(MONTHS);
    expect(new Set(rows.map((r) => r[col('status')]))).toEqual(new Set(['approved']));
    expect(rows.every((r) => r[col('source_link')]!.startsWith('https://monthly.example/magnets/'))).toBe(true);
    await page.close();
  });

  it('opens on the most reported series, its unit chosen, with sources and conflicts on every point', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(`${t.url}/sign-in?next=%2Fexplorer`);
    await page.fill('#token', t.tokens.researcher);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/explorer' && u.search !== '');
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({ type: 'tonnage', metric: 'exports', unit: 't', newest: '2025-09' });
    await page.locator('#chart svg').waitFor();
    expect(await page.locator('#chart svg circle').count()).toBe(MONTHS.length);
    // One source per month; May has two outlets with different figures.
    const labels = await page.locator('#chart svg text.count').allTextContents();
    expect(labels).toHaveLength(MONTHS.length);
    expect(labels.filter((l) => l.endsWith('≠'))).toEqual(['1≠']);
    expect(await page.locator('#chart svg circle.conflict').getAttribute('data-period')).toBe('2025-05');
    expect(await page.locator('#chart svg circle.newest').getAttribute('data-period')).toBe('2025-09');
    expect(await page.locator('#chart-note').textContent()).toContain('Newest period 2025-09');
    expect(await page.locator('input[name="metric"]').inputValue()).toBe('exports');
    await page.screenshot({ path: shot('facts-explorer-default.png'), fullPage: true });
    await page.close();
  });
});
