/**
 * Length-preserving normalization: every UTF-16 unit maps to exactly one unit, so offsets found in
 * the normalized copy are offsets into the caller's text. Only characters whose meaning survives the
 * mapping are touched (exotic spaces, bidi marks, full-width forms, typographic quotes and dashes).
 */

const SPACE = 32;

function mapCode(c: number): number {
  if (c < 0x80) return c;
  // spaces of every width (NBSP, en/em/thin/hair, narrow NBSP, ideographic) and zero-width or bidi
  // controls (ZWSP, LRM/RLM, ALM, embeddings, isolates, BOM): all are separators for our purposes
  if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200f) || c === 0x202f || c === 0x205f || c === 0x3000) return SPACE;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0xfeff || c === 0x061c) return SPACE;
  if (c === 0x2028 || c === 0x2029 || c === 0x0085) return 10;
  // full-width ASCII block (digits, letters, %, punctuation) -> ASCII
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  // Arabic-Indic and Extended Arabic-Indic digits
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48;
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032 || c === 0x00b4) return 39; // '
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return 34; // "
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 45; // - (dashes, minus sign)
  if (c === 0x2044 || c === 0x2215) return 47; // fraction slash
  if (c === 0x00b5) return 0x03bc; // micro sign -> Greek mu
  return c;
}

/** Returns a string of the same length with the mappings above applied. */
export function normalizeText(text: string): string {
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      changed = true;
      break;
    }
  }
  if (!changed) return text;
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    chunk += c < 0x80 ? text[i] : String.fromCharCode(mapCode(c));
    if (chunk.length >= 4096) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}
