import iconv from 'iconv-lite';

/**
 * Labels browsers decode with a wider encoding (WHATWG Encoding Standard): pages that
 * say latin1 or ASCII are in practice windows-1252, and gb2312/GBK text is a subset of
 * GB18030.
 */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'ansi_x3.4-1968': 'windows-1252', 'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252', gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', 'cp936': 'gb18030',
  utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-sjis': 'shift_jis', 'ms_kanji': 'shift_jis', sjis: 'shift_jis',
  'windows-31j': 'shift_jis', 'ks_c_5601-1987': 'euc-kr', 'x-euc-jp': 'euc-jp', 'big5-hkscs': 'big5hkscs',
};

/** Normalises a declared charset label; null when iconv-lite cannot decode it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  const name = ALIASES[clean] ?? clean;
  if (name === 'utf-8') return name;
  return iconv.encodingExists(name) ? name : null;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** `<meta charset>` or `<meta http-equiv content="...; charset=x">` in the head of an HTML page. */
function metaCharset(head: string): string | null {
  const metas = head.match(/<meta\b[^>]{0,500}>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) return direct[1];
  }
  return null;
}

function xmlDeclCharset(head: string): string | null {
  const m = /^\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m?.[1] ?? null;
}

export interface Decoded {
  text: string;
  charset: string;
}

/**
 * Turns body bytes into text. Order: byte-order mark (it cannot lie, and browsers let
 * it win), Content-Type charset, then the document's own declaration (XML declaration
 * or `<meta>` in the first 4 KB). Undeclared bytes that are not valid UTF-8 are read as
 * windows-1252, the usual encoding of legacy Western pages that declare nothing.
 */
export function decodeBody(bytes: Uint8Array, headerCharset: string | null): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset };
  let charset = normalizeCharset(headerCharset);
  if (!charset) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
    charset = normalizeCharset(xmlDeclCharset(head) ?? metaCharset(head));
    // A page that reached us as bytes cannot really be UTF-16 if its meta says so in ASCII.
    if (charset?.startsWith('utf-16')) charset = 'utf-8';
  }
  if (charset) return { text: decodeWith(bytes, charset), charset };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252' };
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);
}
