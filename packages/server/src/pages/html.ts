import { html as honoHtml } from 'hono/html';

/**
 * Embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). One RLO in
 * a title would lay out everything after it right to left, so a page could show a figure or a name
 * the article does not hold. Real right-to-left text needs none of them (the marks LRM/RLM stay).
 * static/common.js strips the same set from text the page scripts render.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * hono's `html`, with bidi controls removed from every interpolated string before it is escaped.
 * Every page builds with this one, so text from articles and feeds can neither run nor reorder.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): ReturnType<typeof honoHtml> {
  return honoHtml(strings, ...values.map(clean));
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripBidiControls(value);
  return Array.isArray(value) ? value.map(clean) : value;
}
