import type { Fact } from '@newsfacts/core';

/** Regions whose own currency is a dollar that their press writes as a bare "$". */
const REGION_DOLLAR: Record<string, string> = {
  AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD', JM: 'JMD', FJ: 'FJD', BS: 'BSD', BB: 'BBD', TT: 'TTD', BZ: 'BZD', GY: 'GYD',
};

/**
 * The dollar a page's own region means by a bare "$" ("en-AU": Australian dollars), null for the US or
 * when the page names no region. Papers in these regions write "US$" when they mean the US dollar.
 */
export function homeDollar(locale: string | null | undefined): string | null {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale?.trim() ?? '')?.[1]?.toUpperCase();
  return region ? REGION_DOLLAR[region] ?? null : null;
}

/** Money written with a bare "$" read as the page's home dollar instead of the US dollar assumed without one. */
export function withHomeDollar(facts: Fact[], locale: string | null | undefined): Fact[] {
  const code = homeDollar(locale);
  if (!code) return facts;
  return facts.map((f) => {
    if (f.type !== 'money' || !f.unit || !/^USD(\/|$)/.test(f.unit) || !/^[-−+~]?\$/.test(f.text)) return f;
    return { ...f, unit: code + f.unit.slice(3), reasons: [...f.reasons, `'$' read as ${code}: the page's region (${locale}) writes its own dollar so`] };
  });
}
