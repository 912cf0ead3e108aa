import { addFeed, listArticles, listFeeds } from '@newsfacts/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schedulePolls, waitUntilIdle } from '../src/index.ts';
import { articlePage, type LoopbackSite, pollRound, rssFeed, startLoopbackSite } from './feeds-loopback.ts';
import { startTestPipeline } from './test-pipeline.ts';

/** windows-1252 bytes 0x80-0x9F (the rest of the upper half is Latin-1), from the WHATWG index. */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Encodes text in a legacy charset: windows-1252 from its table, GB18030 by inverting the
 * platform's decoder over the two-byte codes (enough for the Han text used here).
 */
function encodeLegacy(text: string, label: 'windows-1252' | 'gb18030'): Buffer {
  const table = new Map<string, number[]>();
  for (let b = 0; b < 0x80; b++) table.set(String.fromCharCode(b), [b]);
  if (label === 'windows-1252') {
    [...CP1252_HIGH].forEach((ch, i) => table.set(ch, [0x80 + i]));
    for (let b = 0xa0; b <= 0xff; b++) table.set(String.fromCharCode(b), [b]);
  } else {
    const decoder = new TextDecoder(label);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = table.get(ch);
    if (!code) throw new Error(`cannot encode ${JSON.stringify(ch)} in ${label}`);
    bytes.push(...code);
  }
  return Buffer.from(bytes);
}

const WESTERN = [
  'Société Minière de Zürich said on Tuesday that “cobalt” output at its Nouméa plant fell 14.5% to 2,300 tonnes — its lowest since 2019.',
  'The group’s chief executive, Håkon Müller, said prices in São Paulo had risen to €31,500 a tonne, and that buyers in Kraków were “paying whatever it takes”.',
  'Analysts at Crédit Agricole expect the deficit to widen to 6.2% of supply next year as refiners in Jönköping and Lübeck cut their runs.',
];
const CHINESE = [
  '中国商务部周四表示，九月份稀土出口量下降百分之十二，至四千二百吨，为今年以来的最低水平。',
  '海关数据显示，对日本和德国的磁铁出口分别减少了三成和两成，许可证审批仍然缓慢，多家贸易商表示订单积压严重，部分客户已转向越南和马来西亚寻找替代货源。',
  '业内人士预计，出口管制措施将持续到明年第一季度，镓和锗的价格可能继续上涨。',
];

const legacyPage = (title: string, paragraphs: string[], meta: string) =>
  `<!doctype html><html><head>${meta}<title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('hostile and unusual article pages through the whole pipeline', () => {
  let site: LoopbackSite;
  let env: Awaited<ReturnType<typeof startTestPipeline>>;

  beforeEach(async () => {
    site = await startLoopbackSite();
  });
  afterEach(async () => {
    await env?.dispose();
    await site.close();
  });

  it('stores a windows-1252 page and a GB18030 page with their text intact', async () => {
    env = await startTestPipeline();
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, ['western', 'chinese']));
    const western = encodeLegacy(legacyPage('Cobalt output falls at Nouméa', WESTERN, ''), 'windows-1252');
    const chinese = encodeLegacy(legacyPage('稀土出口下降', CHINESE, '<meta charset="gb18030">'), 'gb18030');
    // Legacy bytes indeed: neither page is valid UTF-8.
    for (const bytes of [western, chinese]) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // One declares its charset in the header, the other only in a <meta> the fetcher must find.
    site.routes['/a/western.html'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(western);
    site.routes['/a/chinese.html'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(chinese);
    await addFeed(env.pipeline.store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    const articles = await listArticles(env.pipeline.store!.db);
    const body = (slug: string) => articles.find((a) => a.url.endsWith(`/a/${slug}.html`))?.body_text ?? '';
    for (const p of WESTERN) expect(body('western')).toContain(p);
    for (const p of CHINESE) expect(body('chinese')).toContain(p);
    expect(body('western')).not.toContain('\ufffd');
    expect(body('chinese')).not.toContain('\ufffd');
  }, 60_000);

  it('records a fetch that times out on a trickling server, retries it, and stores the page later', async () => {
    env = await startTestPipeline({ fetchTimeoutMs: 1500 });
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, ['slow']));
    let calls = 0;
    site.routes['/a/slow.html'] = (_req, res) => {
      calls++;
      if (calls > 1) return void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Slow page', 7));
      // Headers at once, then one byte every 100 ms: never idle long enough for an idle timeout.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body><p>');
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    };
    const { store, queues } = env.pipeline;
    await addFeed(store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
    await schedulePolls(store!, queues, { now: new Date(), force: 'r1' });

    const errorRow = await waitFor(() => store!.sqlite.prepare("SELECT status, error FROM fetches WHERE kind = 'article' AND error IS NOT NULL").get() as { status: number | null; error: string } | undefined);
    expect(errorRow.error).toMatch(/timed out/);
    // The job waits for its retry with one attempt spent; bring the retry forward instead of sleeping.
    const [job] = await waitFor(async () => {
      const delayed = await queues.queues.fetchArticle.getDelayed();
      return delayed.length ? delayed : undefined;
    });
    expect(job?.attemptsMade).toBe(1);
    await job!.promote();
    expect(await waitUntilIdle(queues, { timeoutMs: 30_000 })).toBe(true);
    expect(calls).toBe(2);
    expect((await listArticles(store!.db)).map((a) => a.title)).toEqual(['Slow page']);
  }, 60_000);

  it('stops reading a 50 MB article at the body cap, records why, and does not retry it', async () => {
    env = await startTestPipeline({ maxBodyBytes: 2 * 1024 * 1024 });
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, ['huge', 'small']));
    site.routes['/a/small.html'] = (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('Small page', 3));
    const total = 50 * 1024 * 1024;
    let sent = 0;
    site.routes['/a/huge.html'] = (_req, res) => {
      // No Content-Length: only counting while streaming can stop it.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (sent < total && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    };
    const { store, queues } = env.pipeline;
    await addFeed(store!.db, { url: `${site.base}/feed.xml`, intervalMinutes: 15 });
    await pollRound(env, 'r1');
    expect((await listArticles(store!.db)).map((a) => a.title)).toEqual(['Small page']);
    const row = store!.sqlite.prepare("SELECT error FROM fetches WHERE url LIKE '%/a/huge.html'").get() as { error: string } | undefined;
    expect(row?.error).toMatch(/BodyTooLargeError/);
    const failed = await queues.queues.fetchArticle.getFailed();
    expect(failed.map((j) => [j.data.url, j.attemptsMade])).toEqual([[`${site.base}/a/huge.html`, 1]]);
    expect(site.hits['/a/huge.html']).toBe(1);
    expect(sent).toBeLessThan(total);
  }, 60_000);

  it('refuses feeds on names and addresses that lead to loopback or cloud metadata without the allow setting', async () => {
    env = await startTestPipeline({ allowPrivateNetworks: false });
    site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, ['x']));
    // `localhost` reaches loopback through DNS, so only the connect-time check can stop it.
    await addFeed(env.pipeline.store!.db, { url: `http://localhost:${site.port}/feed.xml`, intervalMinutes: 15 });
    await addFeed(env.pipeline.store!.db, { url: 'http://169.254.169.254/latest/meta-data/feed.xml', intervalMinutes: 15 });
    await pollRound(env, 'r1');
    const feeds = await listFeeds(env.pipeline.store!.db);
    expect(feeds).toHaveLength(2);
    for (const feed of feeds) {
      expect(feed.consecutive_errors).toBe(1);
      expect(feed.last_error).toMatch(/PrivateAddressError/);
    }
    expect(site.hits).toEqual({});
    expect(await listArticles(env.pipeline.store!.db)).toEqual([]);
  }, 60_000);
});

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}
