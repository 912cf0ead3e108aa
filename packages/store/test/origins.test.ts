import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleResult } from '@newsfacts/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listArticles, openDb, queryGroups, querySeries, saveArticleResult, type Store } from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;
const options = { reviewThreshold: 0.8 };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-origins-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const STORY = [
  'Overseas sales of antimony from Estavia dropped 22.3% year on year in October to 820 tonnes, official trade data showed on Thursday.',
  'Shipments have slowed since the government began asking sellers to document who ultimately receives each consignment.',
  'Harrow remained the biggest destination even as its orders fell back over the autumn.',
  'A ministry spokesperson said permits were now being granted within weeks rather than months.',
  'Spot quotes in Merrin climbed to about 610 dollars per kilogram, the highest level in two years.',
  'New processing plants abroad are under construction, though executives say they are at least a year from full output.',
];

/** An article on `host` with `paragraphs`, optional site name, publication date and markup. */
function article(host: string, paragraphs: string[], extra: { site?: string; published?: string; html?: string; canonical?: string } = {}): ArticleResult {
  const url = `https://${host}/news/${paragraphs.length}-${host.length}`;
  const base = makeResult({ url }, paragraphs.join('\n\n'));
  return {
    ...base,
    facts: [],
    html: extra.html ?? `<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    doc: {
      ...base.doc,
      published: extra.published ?? '2025-11-02',
      canonicalUrl: url,
      metadata: {
        ...base.doc.metadata,
        siteName: extra.site ? { value: extra.site, source: 'meta' } : null,
        canonicalUrl: extra.canonical ? { value: extra.canonical, source: 'html' } : null,
      },
    },
  };
}

const originOf = async (url: string) => (await listArticles(store.db)).find((a) => a.url === url);

describe('origins in the store step', () => {
  it('gives a trimmed, prefaced copy on another site the origin of the story, and an unrelated story its own', async () => {
    const original = article('wire.example', STORY, { site: 'Polar Wire', published: '2025-11-02' });
    const copy = article('argus.example', ['Editor\'s note: our partner service filed this report overnight.', ...STORY.slice(0, 4)], { site: 'Argus', published: '2025-11-03' });
    const other = article('ledger.example', ['Rainfall in the northern provinces was twice the seasonal average, the weather office said, flooding roads around three market towns.', 'Farmers expect the wheat harvest to start two weeks late this year.', 'Insurers have opened a claims desk in the regional capital.'], { site: 'Daily Ledger' });
    for (const a of [original, copy, other]) await saveArticleResult(store.db, a, options);
    const [o, c, x] = [await originOf(original.url), await originOf(copy.url), await originOf(other.url)];
    expect(c?.origin_id).toBe(o?.origin_id);
    expect(x?.origin_id).not.toBe(o?.origin_id);
    expect([o?.origin_outlet, c?.origin_outlet, x?.origin_outlet]).toEqual(['Polar Wire', 'Polar Wire', 'Daily Ledger']);
  });

  it('names the agency a later copy credits, and the earlier site when a copy was published first', async () => {
    const first = article('argus.example', STORY, { site: 'Argus', published: '2025-11-03' });
    await saveArticleResult(store.db, first, options);
    expect((await originOf(first.url))?.origin_outlet).toBe('Argus');
    const earlier = article('ledger.example', STORY.slice(0, 5), { site: 'Daily Ledger', published: '2025-11-01' });
    await saveArticleResult(store.db, earlier, options);
    expect((await listArticles(store.db)).map((a) => a.origin_outlet)).toEqual(['Daily Ledger', 'Daily Ledger']);
    const credited = article('post.example', [`MERRIN (Polar Wire) – ${STORY[0]}`, ...STORY.slice(1, 4)], { site: 'Coastline Post', published: '2025-11-04' });
    await saveArticleResult(store.db, credited, options);
    expect((await listArticles(store.db)).map((a) => a.origin_outlet)).toEqual(['Polar Wire', 'Polar Wire', 'Polar Wire']);
  });

  it('follows an isBasedOn link or a canonical on another site even when the text was rewritten', async () => {
    const source = article('wire.example', STORY, { site: 'Polar Wire' });
    await saveArticleResult(store.db, source, options);
    const rewritten = ['Our own account of the antimony figures, in our own words, with the numbers checked against the ministry.', 'Local smelters say they will feel the pinch by spring.', 'Prices at the regional exchange have already moved higher.'];
    const basedOn = article('argus.example', rewritten, {
      site: 'Argus',
      html: `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', isBasedOn: source.url })}</script></head><body></body></html>`,
    });
    const canonical = article('post.example', [...rewritten, 'A fourth paragraph only this site adds.'], { site: 'Coastline Post', canonical: source.url });
    for (const a of [basedOn, canonical]) await saveArticleResult(store.db, a, options);
    const ids = new Set((await listArticles(store.db)).map((a) => a.origin_id));
    expect(ids.size).toBe(1);
  });

  it("follows the feed item's <source> when neither text nor markup says where the story comes from", async () => {
    const source = article('wire.example', STORY, { site: 'Polar Wire' });
    await saveArticleResult(store.db, source, options);
    const rewritten = ['A short account of the antimony numbers in an aggregator\'s own words.', 'Smelters expect tighter supply by the spring.', 'The regional exchange has already moved.'];
    const listed = { ...article('digest.example', rewritten, { site: 'Morning Digest' }), itemSource: { url: source.url, name: 'Polar Wire' } };
    const unlisted = article('other.example', [...rewritten, 'One more line of its own.'], { site: 'Other Digest' });
    for (const a of [listed, unlisted]) await saveArticleResult(store.db, a, options);
    expect((await originOf(listed.url))?.origin_id).toBe((await originOf(source.url))?.origin_id);
    expect((await originOf(unlisted.url))?.origin_id).not.toBe((await originOf(source.url))?.origin_id);
  });

  it('keeps the origin when the same article is saved again or re-extracted', async () => {
    const original = article('wire.example', STORY, { site: 'Polar Wire' });
    const copy = article('argus.example', STORY.slice(0, 4), { site: 'Argus' });
    await saveArticleResult(store.db, original, options);
    await saveArticleResult(store.db, copy, options);
    const before = await listArticles(store.db);
    await saveArticleResult(store.db, { ...copy, extractorVersion: 'test-2' }, options);
    await saveArticleResult(store.db, copy, options);
    expect((await listArticles(store.db)).map((a) => [a.id, a.origin_id, a.origin_outlet])).toEqual(before.map((a) => [a.id, a.origin_id, a.origin_outlet]));
    const bands = store.sqlite.prepare('SELECT COUNT(*) AS n FROM origin_bands').get() as { n: number };
    expect(bands.n).toBeGreaterThan(0);
    expect(bands.n).toBeLessThanOrEqual(2 * 48);
  });

  it('joins two origins when a fuller copy shows they are one story', async () => {
    const head = article('argus.example', STORY.slice(0, 3), { site: 'Argus', published: '2025-11-02' });
    const tail = article('ledger.example', STORY.slice(3), { site: 'Daily Ledger', published: '2025-11-02' });
    await saveArticleResult(store.db, head, options);
    await saveArticleResult(store.db, tail, options);
    expect(new Set((await listArticles(store.db)).map((a) => a.origin_id)).size).toBe(2);
    await saveArticleResult(store.db, article('wire.example', STORY, { site: 'Polar Wire', published: '2025-11-01' }), options);
    expect(new Set((await listArticles(store.db)).map((a) => a.origin_id)).size).toBe(1);
  });
});

describe('series and groups count origins', () => {
  /** `paragraphs` whose first sentence reports `tonnes` of antimony exports for October 2025. */
  const reporting = (host: string, site: string, paragraphs: string[], tonnes: number): ArticleResult => {
    const a = article(host, paragraphs, { site });
    const sentence = paragraphs[0]!;
    const text = `${tonnes} tonnes`;
    const start = a.doc.bodyText.indexOf(text);
    return {
      ...a,
      facts: [
        makeFact({ type: 'tonnage', value: tonnes, unit: 't', direction: null, kind: null, text, sentence, start, end: start + text.length, confidence: 0.95, measurement: { metric: 'exports', subject: 'CN', partner: null, period: '2025-10' } }),
      ],
    };
  };
  const wire = (t: number) => [`China's antimony exports fell to ${t} tonnes in October, customs data showed on Thursday.`, ...STORY.slice(1)];

  it('lets two independent reports outvote three copies of one story, and flags the copy that differs', async () => {
    await saveArticleResult(store.db, reporting('wire.example', 'Polar Wire', wire(820), 820), options);
    await saveArticleResult(store.db, reporting('argus.example', 'Argus', wire(820).slice(0, 5), 820), options);
    // A copy that mistyped the figure: the disagreement is a copying error, not a second source.
    await saveArticleResult(store.db, reporting('ledger.example', 'Daily Ledger', wire(802).slice(0, 4), 802), options);
    const own = (n: number) =>
      n === 1
        ? ['Customs figures showed China shipped only 810 tonnes of antimony abroad in October.', 'Smelters on the coast say they are down to a few weeks of feed and have asked the port authority to speed up inspections of incoming ore.']
        : ['Just 810 tonnes of antimony left China in October, according to the customs agency.', 'Battery makers inland told us they have switched part of their orders to recycled material while they wait for licences to clear.'];
    await saveArticleResult(store.db, reporting('post.example', 'Coastline Post', own(1), 810), options);
    await saveArticleResult(store.db, reporting('times.example', 'Harbour Times', own(2), 810), options);
    const [point] = await querySeries(store.db, { status: 'all', type: 'tonnage' }, 'month');
    expect(point).toMatchObject({ period: '2025-10', value: 810, sources: 2, origins: 2 });
    expect(point?.alternatives.map((a) => [a.value, a.sources, a.origins])).toEqual([[820, 2, 1], [802, 1, 1]]);
    const { rows } = await queryGroups(store.db, { status: 'all', type: 'tonnage' });
    const byValue = new Map(rows.map((g) => [g.value, g]));
    expect(byValue.get(820)).toMatchObject({ source_count: 2, origin_count: 1, corroborated: false, origin_note: 'copy differs from its origin' });
    expect(byValue.get(810)).toMatchObject({ source_count: 2, origin_count: 2, corroborated: true, corroboration: '2 outlets · 2 origins (Coastline Post, Harbour Times)', origin_note: null });
  });
});
