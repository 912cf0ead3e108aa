import { jsonLdObjects } from '@newsfacts/boilerplate/json-ld';

/** What a page's markup says about where its story comes from. */
export interface PageLinks {
  /** URLs of the story this one is based on (JSON-LD isBasedOn, a canonical on another site, a feed's source). */
  basedOnUrls: string[];
  /** The organisation named as the story's source (JSON-LD sourceOrganization, isBasedOn's publisher). */
  sourceOrganization: string | null;
}

const MAX_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 200_000;

type Json = unknown;

function text(v: Json): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function nameOf(v: Json): string | null {
  if (Array.isArray(v)) return v.length > 0 ? nameOf(v[0]) : null;
  if (v && typeof v === 'object') return text((v as Record<string, Json>).name);
  return text(v);
}

// Scripts are cut out with a bounded regex: the stored page is read again here without a parser.
function jsonLdScripts(html: string): string[] {
  const re = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  const scripts: string[] = [];
  for (const m of html.matchAll(re)) {
    if (scripts.length >= MAX_SCRIPTS) break;
    scripts.push((m[1] ?? '').slice(0, MAX_SCRIPT_CHARS));
  }
  return scripts;
}

/** The site a URL belongs to: the registrable-looking tail of its name, or address and port for a bare IP. */
export function siteOf(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[')) return url.host.toLowerCase();
  return host.split('.').slice(-2).join('.');
}

function absoluteHttp(url: string, base: string): string | null {
  try {
    const u = new URL(url, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads the markup's own statements of origin. A canonical link counts only when it points to
 * another site: on the same site it names this page, not a source.
 */
export function readPageLinks(html: string | null, pageUrl: string, declaredCanonical: string | null): PageLinks {
  const basedOn: string[] = [];
  let sourceOrganization: string | null = null;
  for (const o of html ? jsonLdObjects(jsonLdScripts(html)) : []) {
    for (const key of ['isBasedOn', 'isBasedOnUrl']) {
      const v = o[key];
      for (const item of Array.isArray(v) ? v.slice(0, 5) : [v]) {
        if (typeof item === 'string') {
          const u = absoluteHttp(item, pageUrl);
          if (u) basedOn.push(u);
        } else if (item && typeof item === 'object') {
          const ref = item as Record<string, Json>;
          const u = text(ref.url) ?? text(ref['@id']);
          const abs = u ? absoluteHttp(u, pageUrl) : null;
          if (abs) basedOn.push(abs);
          sourceOrganization ??= nameOf(ref.publisher) ?? nameOf(ref.sourceOrganization);
        }
      }
    }
    sourceOrganization ??= nameOf(o.sourceOrganization);
  }
  if (declaredCanonical) {
    const canonical = absoluteHttp(declaredCanonical, pageUrl);
    try {
      if (canonical && siteOf(new URL(canonical)) !== siteOf(new URL(pageUrl))) basedOn.push(canonical);
    } catch {
      // An unparsable page URL has no site to compare with.
    }
  }
  return { basedOnUrls: [...new Set(basedOn)], sourceOrganization };
}
