import { articlePage, type LoopbackSite, rssFeed, startLoopbackSite } from '../feeds-loopback.ts';

/**
 * One sentence dense with figures (a tonnage, a country pair, a month, a change, a value), written
 * for these tests. Repeated to fill a paragraph it is a fact bomb: thousands of facts from one page.
 */
export const BOMB_SENTENCE = 'Peru sold 3,456 tonnes of copper concentrate to Germany in May 2025, a rise of 8% from a year before, for $21 million.';

/** The bombs' sizes in bytes: a quarter megabyte and two megabytes of the one sentence. */
export const BOMB_SIZES = { 'bomb-256k': 256 * 1024, 'bomb-2m': 2 * 1024 * 1024 } as const;
export const NORMAL_SLUGS = ['steady-one', 'steady-two', 'steady-three'];

export function bombPage(title: string, bytes: number): string {
  const body = Array.from({ length: Math.ceil(bytes / (BOMB_SENTENCE.length + 1)) }, () => BOMB_SENTENCE).join(' ');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

/**
 * A loopback site with one RSS feed listing normal articles beside the two bombs; `hits` counts
 * the requests for each page.
 */
export async function startFactBombSite(): Promise<LoopbackSite & { feedUrl: string; pagePath(slug: string): string }> {
  const site = await startLoopbackSite();
  const slugs = [...NORMAL_SLUGS.slice(0, 2), ...Object.keys(BOMB_SIZES), ...NORMAL_SLUGS.slice(2)];
  const pagePath = (slug: string) => `/a/${slug}.html`;
  const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  site.routes['/feed.xml'] = (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(site.base, slugs));
  site.routes['/robots.txt'] = (_req, res) => void res.writeHead(404).end();
  NORMAL_SLUGS.forEach((slug, i) => (site.routes[pagePath(slug)] = html(articlePage(`Metals report ${slug}`, i + 1))));
  for (const [slug, bytes] of Object.entries(BOMB_SIZES)) site.routes[pagePath(slug)] = html(bombPage(`Trade figures ${slug}`, bytes));
  return { ...site, feedUrl: `${site.base}/feed.xml`, pagePath };
}
