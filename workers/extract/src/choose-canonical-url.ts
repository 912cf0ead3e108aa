/**
 * Trusts a page's declared canonical URL only when it plausibly names the same article:
 * same site, and not the home page or a section root (a common template mistake that would
 * merge every article of a site into one).
 */
export function chooseCanonicalUrl(fetchedUrl: string, declared: string | null): string {
  if (!declared) return fetchedUrl;
  let fetched: URL;
  let canonical: URL;
  try {
    fetched = new URL(fetchedUrl);
    canonical = new URL(declared);
  } catch {
    return fetchedUrl;
  }
  if (!/^https?:$/.test(canonical.protocol)) return fetchedUrl;
  const siteOf = (host: string) => host.replace(/^www\./, '').split('.').slice(-2).join('.');
  if (siteOf(fetched.hostname) !== siteOf(canonical.hostname)) return fetchedUrl;
  const depth = (u: URL) => u.pathname.split('/').filter(Boolean).length;
  if (depth(canonical) === 0 && depth(fetched) > 0) return fetchedUrl;
  return declared;
}
