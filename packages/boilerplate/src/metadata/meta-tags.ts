import type { DomElement } from '../dom-types.ts';

/** <meta> values keyed by lower-cased name / property / itemprop / http-equiv, first one wins. */
export interface MetaTags {
  meta: Map<string, string>;
  canonical: string | null;
  imageSrc: string | null;
}

export function readMetaTags(els: DomElement[]): MetaTags {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  let imageSrc: string | null = null;
  for (const el of els) {
    const a = el.attribs;
    if (el.name === 'link') {
      const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical') && a.href && canonical === null) canonical = a.href.trim();
      if (rel.includes('image_src') && a.href && imageSrc === null) imageSrc = a.href.trim();
      continue;
    }
    const content = a.content ?? a.value ?? a.datetime;
    if (content === undefined || content.trim() === '') continue;
    for (const key of [a.property, a.name, a.itemprop, a['http-equiv']]) {
      if (!key) continue;
      const k = key.trim().toLowerCase();
      if (!meta.has(k)) meta.set(k, content.trim());
    }
  }
  return { meta, canonical, imageSrc };
}

/** The first of several meta keys that has a value. */
export function firstMeta(tags: MetaTags, keys: string[]): string | null {
  for (const k of keys) {
    const v = tags.meta.get(k);
    if (v) return v;
  }
  return null;
}

export const META_KEYS = {
  title: ['og:title', 'twitter:title', 'headline', 'dc.title', 'sailthru.title', 'parsely-title'],
  published: [
    'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time',
    'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
    'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
    'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'originalpublicationdate', 'rnews:datepublished',
    'article_date_original', 'cxenseparse:recs:publishtime', 'datecreated',
  ],
  modified: [
    'article:modified_time', 'og:article:modified_time', 'article:modified', 'og:updated_time',
    'datemodified', 'dcterms.modified', 'last-modified', 'lastmod', 'article.updated',
  ],
  author: ['author', 'article:author_name', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl', 'article:author', 'creator'],
  siteName: ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:app:name:iphone'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnailurl', 'image'],
  url: ['og:url', 'twitter:url'],
  lang: ['content-language', 'og:locale', 'language', 'dc.language', 'inlanguage'],
  type: ['og:type'],
} as const;
