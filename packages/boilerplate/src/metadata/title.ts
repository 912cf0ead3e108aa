const SEPARATOR = /\s+[|–—·•»:~-]\s+|\s+[-|]{2}\s+/;

/**
 * "Headline | Site Name" -> "Headline". Drops the part that names the site (when the site name is
 * known), keeps the part equal to the page's <h1>, or else drops a short trailing segment.
 */
export function stripSiteName(title: string, siteName: string | null, h1: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (h1) {
    const hk = key(h1);
    if (parts.some((p) => key(p) === hk)) return h1;
  }
  if (siteName) {
    const sk = key(siteName);
    const kept = parts.filter((p) => key(p) !== sk && !(sk.length > 3 && key(p).includes(sk) && p.length < 40));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  const last = parts[parts.length - 1] as string;
  const rest = parts.slice(0, -1).join(' - ');
  return last.length <= 30 && last.split(/\s+/).length <= 4 && rest.length > last.length ? rest : title;
}
