/** `raw` resolved against `base`, if the result is an http(s) URL; otherwise null. */
export function resolveHttpUrl(raw: string | null | undefined, base: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const u = base ? new URL(value, base) : new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** `raw` only when it is already an absolute http(s) URL (for ids that may or may not be URLs). */
export function absoluteHttpUrl(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || !/^https?:\/\//i.test(value)) return null;
  return resolveHttpUrl(value, null);
}
