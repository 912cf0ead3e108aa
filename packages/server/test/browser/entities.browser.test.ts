import type { Browser } from 'playwright-core';
import { entityDecisions, listEntities } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRenamedCompany } from '../helpers/entities-seed.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';

describe.skipIf(!CHROMIUM)('entity decisions in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestServer({ seed: seedRenamedCompany });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a reviewer merges, splits and renames; facts regroup and each decision is audited', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cspErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await page.goto(`${t.url}/sign-in?next=/entities`);
    await page.locator('#token').waitFor();
    await page.fill('#token', t.tokens.reviewer);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/entities');
    const before = await listEntities(t.store.db);
    const rareEarths = before.find((e) => e.name === 'Arafura Rare Earths')!;
    const resources = before.find((e) => e.name === 'Arafura Resources')!;

    // Merge: the old name's entity into the current one.
    await page.click(`tr[data-entity-id="${rareEarths.id}"] a`);
    await page.waitForURL((u) => u.pathname === `/entities/${rareEarths.id}`);
    await page.fill('#merge-form input[name="from"]', String(resources.id));
    await page.fill('#merge-form input[name="reason"]', 'renamed company');
    await page.click('#merge-form button[type="submit"]');
    await page.locator('#entity-status', { hasText: 'Merged' }).waitFor();
    await page.locator('#entity-chart g[data-period="2024"]').waitFor();
    const merged = await listEntities(t.store.db);
    expect(merged.map((e) => e.id)).toEqual([rareEarths.id]);
    expect(merged[0]).toMatchObject({ article_count: 2 });
    await page.screenshot({ path: shot('entity-merged.png'), fullPage: true });

    // Split the old name off again, under a name of the reviewer's choosing.
    await page.selectOption('#split-form select[name="alias"]', 'Arafura Resources');
    await page.fill('#split-form input[name="name"]', 'Arafura Resources (old listing)');
    await page.click('#split-form button[type="submit"]');
    await page.locator('#entity-status', { hasText: 'Split off' }).waitFor();
    expect(await page.locator('#entity-name').textContent()).toBe('Arafura Resources (old listing)');
    const split = (await listEntities(t.store.db)).find((e) => e.name === 'Arafura Resources (old listing)')!;
    expect(split).toMatchObject({ article_count: 1 });
    const splitFacts = await t.store.db.selectFrom('facts').select('text').where('entity_id', '=', split.id).execute();
    expect(splitFacts.map((f) => f.text)).toEqual(['Arafura Resources']);

    // Rename it; a hostile name shows as text.
    await page.fill('#rename-form input[name="name"]', 'Arafura <b>Legacy</b>');
    await page.click('#rename-form button[type="submit"]');
    await page.locator('#entity-status', { hasText: 'Renamed' }).waitFor();
    expect(await page.locator('#entity-name').textContent()).toBe('Arafura <b>Legacy</b>');
    expect(await page.locator('#entity-name b').count()).toBe(0);

    const audit = (await entityDecisions(t.store.db, split.id)).map((d) => [d.action, d.reviewer]);
    expect(audit).toEqual([
      ['rename', 'reviewer'],
      ['split', 'reviewer'],
    ]);
    expect((await entityDecisions(t.store.db, rareEarths.id)).map((d) => d.action).sort()).toEqual(['merge', 'split']);
    expect(cspErrors).toEqual([]);
    await page.close();
  });
});
