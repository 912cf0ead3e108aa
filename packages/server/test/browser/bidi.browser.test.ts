import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedArticles } from '../helpers/seed.ts';
import { type TestServer, startTestServer } from '../helpers/test-server.ts';
import { CHROMIUM, launch, shot } from './chromium.ts';

const RLO = '\u202e';
const PDF = '\u202c';
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
// Our own text: a right-to-left override that, left in, would show "52 tonnes" as "sennot 25".
const TITLE = `Magnet report ${RLO}52 tonnes${PDF} for March`;
const SENTENCE = `Exports ${RLO}reached 40 tonnes${PDF} in May.`;

/** Left edges, in page pixels, of each of `parts` within the text of element `id` (first text node). */
async function leftEdges(page: Page, id: string, parts: string[]): Promise<number[]> {
  return (await page.evaluate(`(() => {
    const el = document.getElementById(${JSON.stringify(id)});
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return ${JSON.stringify(parts)}.map((part) => {
      const node = nodes.find((n) => n.data.includes(part));
      if (!node) return null;
      const at = node.data.indexOf(part);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + part.length);
      return range.getBoundingClientRect().left;
    });
  })()`)) as number[];
}

describe.skipIf(!CHROMIUM)('bidi controls from article metadata in Chromium', () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer({
      seed: (store) =>
        seedArticles(store.db, [
          {
            url: 'https://bidi.example/report',
            title: TITLE,
            siteName: `${RLO}Wire Example`,
            paragraphs: [`Customs figures came out on Monday. ${SENTENCE} Nothing else changed.`],
            facts: [{ text: '40 tonnes', sentence: SENTENCE, value: 40, confidence: 0.05, reasons: [`${RLO}no period stated`] }],
          },
        ]),
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('U+202E cannot reverse the review page: controls are dropped and the text reads left to right', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${t.url}/sign-in`);
    await page.fill('#token', t.tokens.reviewer);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#item:not([hidden])');
    const title = await leftEdges(page, 'f-title', ['Magnet', '52', 'tonnes', 'March']);
    expect(title.every((x, i) => i === 0 || x > title[i - 1]!), `title edges ${title}`).toBe(true);
    const sentence = await leftEdges(page, 'f-sentence', ['Exports', 'reached', '40 tonnes', 'in May']);
    expect(sentence.every((x, i) => i === 0 || x > sentence[i - 1]!), `sentence edges ${sentence}`).toBe(true);
    // The title's override does not leak into the rest of the line either.
    const [titleBox, outletBox] = [await page.locator('#f-title').boundingBox(), await page.locator('#f-outlet').boundingBox()];
    expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(outletBox!.x);
    for (const id of ['f-title', 'f-outlet', 'f-sentence', 'f-paragraph', 'f-reasons']) {
      expect(await page.textContent(`#${id}`), id).not.toMatch(BIDI);
    }
    expect(await page.textContent('#f-title')).toBe('Magnet report 52 tonnes for March');
    await page.screenshot({ path: shot('review-bidi.png') });
    await page.close();
  });
});
