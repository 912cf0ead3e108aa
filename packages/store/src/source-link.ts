/** Characters a text directive must percent-encode beyond encodeURIComponent's set. */
const encodeDirective = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const WORDS_EACH_SIDE = 5;

/**
 * The article URL with a text fragment (`#:~:text=`) that makes a browser scroll to and highlight
 * the sentence. Long sentences use the `start,end` form so the link stays short and still matches.
 */
export function sourceLink(articleUrl: string, sentence: string): string {
  const base = articleUrl.split('#')[0] ?? articleUrl;
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return base;
  if (words.length <= WORDS_EACH_SIDE * 2 + 2) return `${base}#:~:text=${encodeDirective(words.join(' '))}`;
  const head = words.slice(0, WORDS_EACH_SIDE).join(' ');
  const tail = words.slice(-WORDS_EACH_SIDE).join(' ');
  return `${base}#:~:text=${encodeDirective(head)},${encodeDirective(tail)}`;
}
