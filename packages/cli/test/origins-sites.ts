import { createServer, type Server } from 'node:http';

/** One loopback site: its own address (127.0.0.N), port, page template and feed. */
export interface OriginSite {
  base: string;
  close(): Promise<void>;
}

export interface SitePage {
  slug: string;
  title: string;
  published: string;
  paragraphs: string[];
}

export type Template = (siteName: string, page: SitePage) => string;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A wire service's plain article page. */
export const wireTemplate: Template = (site, p) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.title)} | ${esc(site)}</title>
<meta property="og:site_name" content="${esc(site)}"><meta property="article:published_time" content="${p.published}"></head>
<body><header><a href="/">${esc(site)}</a> <nav><a href="/markets">Markets</a> <a href="/world">World</a></nav></header>
<main><article><h1>${esc(p.title)}</h1>${p.paragraphs.map((x) => `<p>${esc(x)}</p>`).join('\n')}</article></main>
<footer>All rights reserved. Redistribution requires a licence.</footer></body></html>`;

/** A magazine layout: divs, a standfirst, a sidebar of related links. */
export const magazineTemplate: Template = (site, p) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.title)}</title>
<meta property="og:site_name" content="${esc(site)}"><meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: p.title, datePublished: p.published })}</script></head>
<body><div class="top-bar">Subscribe for full access</div><div class="layout"><div class="story"><div class="headline"><h1>${esc(p.title)}</h1></div>
<div class="story-body">${p.paragraphs.map((x) => `<div class="para"><p>${esc(x)}</p></div>`).join('\n')}</div></div>
<aside><h3>Most read</h3><ul><li><a href="/a">Harbour dues rise again</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside></div>
<footer><p>Sign up for our morning briefing to get the top stories in your inbox.</p></footer></body></html>`;

/** A regional paper: a section label, byline line and a newsletter box inside the article. */
export const regionalTemplate: Template = (site, p) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(site)}: ${esc(p.title)}</title>
<meta property="og:site_name" content="${esc(site)}"><meta name="date" content="${p.published}"></head>
<body><div id="masthead">${esc(site)}</div><section class="content"><span class="section-label">Business</span><h1>${esc(p.title)}</h1>
<p class="byline">By Staff Reporter</p>${p.paragraphs
  .map((x, i) => `<p>${esc(x)}</p>${i === 1 ? '<div class="newsletter">Get our business newsletter every weekday morning.</div>' : ''}`)
  .join('\n')}</section><footer>Contact the newsroom</footer></body></html>`;

const rss = (base: string, site: string, p: SitePage) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(site)}</title><link>${base}/</link><description>news</description>
<item><title>${esc(p.title)}</title><link>${base}/news/${p.slug}.html</link><guid>${base}/news/${p.slug}.html</guid><pubDate>${new Date(p.published).toUTCString()}</pubDate></item></channel></rss>`;

/** Serves one article and a feed listing it, on 127.0.0.`hostByte` at a free port. */
export async function startOriginSite(hostByte: number, siteName: string, template: Template, page: SitePage): Promise<OriginSite> {
  const host = `127.0.0.${hostByte}`;
  let base = '';
  const server: Server = createServer((req, res) => {
    if (req.url === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base, siteName, page));
    if (req.url === `/news/${page.slug}.html`) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(template(siteName, page));
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const address = server.address();
  base = `http://${host}:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    base,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
