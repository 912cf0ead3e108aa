/** Longer than any path of ours; a longer `next` is someone's experiment, not a bookmark. */
const MAX_NEXT_LENGTH = 2048;

/** Browsers drop tabs and newlines from URLs and treat `\` like `/`: `/\t/evil.example` is `//evil.example`. */
const RAW_UNSAFE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\\]/;
/** Once percent-decoded (by us, a proxy or a second round trip), the same tricks are spelt `%09`, `%5C`, `%2F`. */
const DECODED_UNSAFE = /[\u0000-\u001f\u007f-\u009f\\]/;
const DECODE_ROUNDS = 3;

/**
 * Where to send a browser after sign-in: a path on our own origin, or null. The value must be a
 * plain absolute path, stay free of control, whitespace and backslash characters however many times
 * it is percent-decoded, and resolve against our origin to our origin. What is returned is the
 * resolved URL's own path, query and fragment, so the Location header holds only what URL wrote.
 */
export function safeNext(next: unknown, origin: string): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_NEXT_LENGTH) return null;
  if (!next.startsWith('/') || RAW_UNSAFE.test(next)) return null;
  let form = next;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    if (form.startsWith('//') || DECODED_UNSAFE.test(form)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(form);
    } catch {
      return null;
    }
    if (decoded === form) break;
    if (round === DECODE_ROUNDS) return null;
    form = decoded;
  }
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  // Dot segments can fold `/..//host` into `//host`, which a browser reads as another site.
  const path = url.pathname + url.search + url.hash;
  return path.startsWith('//') ? null : path;
}
