import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { FIXTURE_SITE_DIR } from './fixture-site-server.ts';

/**
 * A loopback news site of any size, for fault tests and the end-to-end benchmark. Each article is
 * one of the fixture site's pages (real boilerplate, real facts) given its own URL, canonical link
 * and an extra paragraph of facts that depend on its number, so no two pages share a body hash and
 * the store cannot fold them together.
 */
export interface SyntheticSiteOptions {
  articles: number;
  /** Articles are spread round-robin over this many RSS feeds. */
  feeds?: number;
  /** Delay before each article response; keeps jobs in flight long enough to break things. */
  articleDelayMs?: number;
  /** Names the site's report series in every extra paragraph, so two sites never share a page body. */
  series?: string;
}

export interface SyntheticSite {
  baseUrl: string;
  feedUrls: string[];
  articleUrl(index: number): string;
  /** Changes the article delay of later requests. */
  setArticleDelay(ms: number): void;
  /** How many article responses were sent. */
  articlesServed(): number;
  /** How many article requests arrived (answered or still waiting out the delay). */
  articleRequests(): number;
  close(): Promise<void>;
}

const COUNTRIES = ['China', 'Japan', 'Vietnam', 'Malaysia', 'Australia', 'Brazil', 'India', 'Canada', 'Chile', 'Kazakhstan'];
const PARTNERS = ['the United States', 'Germany', 'South Korea', 'France', 'Mexico', 'Thailand', 'Italy'];
const MINERALS = ['rare-earth magnets', 'gallium', 'germanium', 'antimony', 'graphite', 'tungsten', 'dysprosium oxide'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The paragraph that makes article `index` unique; deterministic, so two runs hold the same facts. */
export function syntheticParagraph(index: number, series = ''): string {
  const country = COUNTRIES[index % COUNTRIES.length];
  const partner = PARTNERS[Math.floor(index / COUNTRIES.length) % PARTNERS.length];
  const mineral = MINERALS[index % MINERALS.length];
  const month = MONTHS[index % MONTHS.length];
  const tonnes = 100 + ((index * 37) % 9000) + (index % 10) / 10;
  const share = 1 + ((index * 13) % 90);
  return `${country} shipped ${tonnes.toLocaleString('en-US')} tonnes of ${mineral} to ${partner} in ${month} 2025, ${share}% more than a year earlier, according to customs figures compiled for report number ${index + 1}${series ? ` of the ${series} series` : ''}.`;
}

function loadTemplates(): string[] {
  const dir = join(FIXTURE_SITE_DIR, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

/**
 * Puts the paragraph before the first long story paragraph after the headline: a plain `<p>`, or on
 * old table-and-font pages a line that ends in `<br><br>`.
 */
function withParagraph(template: string, paragraph: string): string {
  const h1 = template.search(/<h1[\s>]/i);
  const headline = h1 >= 0 ? h1 : Math.max(0, template.search(/<body[\s>]/i));
  const plain = /<p>([\s\S]*?)<\/p>/gi;
  plain.lastIndex = headline;
  for (let match = plain.exec(template); match; match = plain.exec(template)) {
    if (visibleLength(match[1] ?? '') >= 80) return `${template.slice(0, match.index)}<p>${paragraph}</p>\n${template.slice(match.index)}`;
  }
  const lines = /(^|\n)([^\n<][^\n]*)<br>\s*<br>/g;
  lines.lastIndex = template.search(/<body[\s>]/i);
  for (let match = lines.exec(template); match; match = lines.exec(template)) {
    const start = match.index + (match[1] ?? '').length;
    if (visibleLength(match[2] ?? '') >= 80) return `${template.slice(0, start)}${paragraph}<br><br>\n${template.slice(start)}`;
  }
  throw new Error('fixture article has no story paragraph to extend');
}

const visibleLength = (html: string): number => html.replace(/<[^>]+>/g, '').trim().length;

function articlePage(templates: string[], index: number, baseUrl: string, series: string): string {
  const template = templates[index % templates.length] as string;
  const path = `/articles/${index}.html`;
  const own = template
    .replace(/(<link[^>]+rel="canonical"[^>]+href=")[^"]*(")/i, `$1${path}$2`)
    .replace(/(<meta[^>]+property="og:url"[^>]+content=")[^"]*(")/i, `$1${baseUrl}${path}$2`)
    .replaceAll('{{BASE_URL}}', baseUrl);
  return withParagraph(own, syntheticParagraph(index, series));
}

function feedXml(baseUrl: string, feed: number, indexes: number[]): string {
  const items = indexes.map((i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return `<item><title>Report ${i + 1}</title><link>${baseUrl}/articles/${i}.html</link><guid isPermaLink="false">synthetic-${i}</guid><pubDate>${new Date(`2025-10-${day}T08:00:00Z`).toUTCString()}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Synthetic desk ${feed}</title><link>${baseUrl}/</link><description>Generated reports</description>\n${items.join('\n')}\n</channel></rss>\n`;
}

export async function startSyntheticSite(options: SyntheticSiteOptions): Promise<SyntheticSite> {
  const templates = loadTemplates();
  const feeds = Math.max(1, options.feeds ?? 1);
  let delay = options.articleDelayMs ?? 0;
  let served = 0;
  let requested = 0;
  let baseUrl = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const feed = /^\/feeds\/(\d+)\.xml$/.exec(path);
    const article = /^\/articles\/(\d+)\.html$/.exec(path);
    if (feed && Number(feed[1]) < feeds) {
      const f = Number(feed[1]);
      const indexes = Array.from({ length: options.articles }, (_, i) => i).filter((i) => i % feeds === f);
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(feedXml(baseUrl, f, indexes));
      return;
    }
    if (article && Number(article[1]) < options.articles) {
      requested += 1;
      const body = articlePage(templates, Number(article[1]), baseUrl, options.series ?? '');
      setTimeout(() => {
        served += 1;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(body);
      }, delay);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  // As a typical news server keeps a connection (Apache's default): clients reuse it between articles.
  // Under about 2 s, undici would not reuse a connection at all (it keeps a margin for the server's close).
  server.keepAliveTimeout = 5000;
  const port = await listen(server);
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    feedUrls: Array.from({ length: feeds }, (_, f) => `${baseUrl}/feeds/${f}.xml`),
    articleUrl: (index) => `${baseUrl}/articles/${index}.html`,
    setArticleDelay: (ms) => void (delay = ms),
    articlesServed: () => served,
    articleRequests: () => requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}
