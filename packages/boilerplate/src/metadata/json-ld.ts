/** The fields we read from schema.org JSON-LD, taken from the object that describes the article. */
export interface JsonLdFacts {
  headline: string | null;
  published: string | null;
  modified: string | null;
  author: string | null;
  publisher: string | null;
  image: string | null;
  url: string | null;
  lang: string | null;
  types: string[];
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|liveblog/i;

type Json = unknown;

function asString(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** "name" of a Person/Organization, a plain string, or the first of an array of either. */
function nameOf(v: Json): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return asString((v as Record<string, Json>).name);
  return asString(v);
}

function urlOf(v: Json): string | null {
  if (Array.isArray(v)) return v.length > 0 ? urlOf(v[0]) : null;
  if (v && typeof v === 'object') {
    const o = v as Record<string, Json>;
    return asString(o.url) ?? asString(o['@id']) ?? asString(o.contentUrl);
  }
  return asString(v);
}

function typesOf(o: Record<string, Json>): string[] {
  const t = o['@type'];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return typeof t === 'string' ? [t] : [];
}

/**
 * Every object in the scripts, flattening arrays, @graph and mainEntity; iterative and bounded (at most
 * 500 objects), so a hostile script cannot make it recurse or run long. Shared with the origin step.
 */
export function jsonLdObjects(scripts: readonly string[]): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  for (const raw of scripts) {
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length > 0 && out.length < 500) {
      const v = stack.pop();
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, Json>;
        out.push(o);
        if (o['@graph']) stack.push(o['@graph']);
        if (o.mainEntity && typeof o.mainEntity === 'object') stack.push(o.mainEntity);
      }
    }
  }
  return out;
}

export function readJsonLd(scripts: string[]): JsonLdFacts {
  const facts: JsonLdFacts = {
    headline: null, published: null, modified: null, author: null, publisher: null, image: null, url: null,
    lang: null, types: [],
  };
  const all = jsonLdObjects(scripts);
  const articles = all.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)));
  // The article object first; any object with a date second (WebPage often carries datePublished).
  const ranked = [...articles, ...all.filter((o) => !articles.includes(o))];
  for (const o of all) facts.types.push(...typesOf(o));
  for (const o of ranked) {
    facts.headline ??= asString(o.headline) ?? (articles.includes(o) ? asString(o.name) : null);
    facts.published ??= asString(o.datePublished) ?? asString(o.dateCreated);
    facts.modified ??= asString(o.dateModified);
    if (articles.includes(o)) {
      facts.author ??= nameOf(o.author) ?? nameOf(o.creator);
      facts.publisher ??= nameOf(o.publisher);
      facts.image ??= urlOf(o.image) ?? urlOf(o.thumbnailUrl);
      facts.url ??= urlOf(o.mainEntityOfPage) ?? asString(o.url);
      facts.lang ??= asString(o.inLanguage);
    }
  }
  return facts;
}
