/** Query parameters that only identify a campaign or click, never the document. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'srsltid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'mkt_tok', '_hsenc', '_hsmi',
  '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id',
  'rb_clickid', 's_kwcid', 'ef_id', 'wickedid', 'spm', 'ref_src', 'ref_url',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_'];

function isTrackingParam(rawKey: string): boolean {
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    // keep the raw key: a malformed escape is not a tracking parameter we know
  }
  key = key.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The form of a URL used to recognise the same article: tracking parameters and the
 * fragment removed, host lower-cased, default port dropped (both by WHATWG URL parsing).
 * Remaining parameters keep their order and their exact encoding. Throws TypeError on
 * a string that is not an absolute URL.
 */
export function canonicalizeUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = '';
  if (u.search) {
    const kept = u.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTrackingParam(pair.split('=', 1)[0] ?? ''));
    u.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return u.href;
}
