import type { Fact } from '@newsfacts/core';

/** The region a language tag names ("en-AU" -> "AU"), upper case, or undefined. */
function regionOf(locale: string | null | undefined): string | undefined {
  return /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(locale?.trim() ?? '')?.[1]?.toUpperCase();
}

/** Regions whose own currency is a dollar that their press writes as a bare "$". */
const REGION_DOLLAR: Record<string, string> = {
  AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', TW: 'TWD', JM: 'JMD', FJ: 'FJD', BS: 'BSD', BB: 'BBD', TT: 'TTD', BZ: 'BZD', GY: 'GYD',
};

/**
 * The dollar a page's own region means by a bare "$" ("en-AU": Australian dollars), null for the US or
 * when the page names no region. Papers in these regions write "US$" when they mean the US dollar.
 */
export function homeDollar(locale: string | null | undefined): string | null {
  const region = regionOf(locale);
  return region ? REGION_DOLLAR[region] ?? null : null;
}

/** Euro-area regions, whose press writes "cent" and "cents" for euro cents. */
const EURO_REGIONS = new Set(['IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'PT', 'FI', 'GR', 'LU', 'MT', 'CY', 'SK', 'SI', 'EE', 'LV', 'LT', 'HR']);

/** The euro where the page's region pays in euros ("en-IE"), else null. */
export function homeEuro(locale: string | null | undefined): string | null {
  const region = regionOf(locale);
  return region && EURO_REGIONS.has(region) ? 'EUR' : null;
}

/**
 * Regions with a currency of their own, not a dollar or the euro, whose English-language press writes
 * its hundredth as "cents" ("a dividend of 145 cents a share" in Johannesburg is rand cents).
 */
const REGION_CENTS: Record<string, string> = { ZA: 'ZAR', NA: 'NAD', KE: 'KES', UG: 'UGX', TZ: 'TZS', LK: 'LKR', MU: 'MUR', SC: 'SCR' };

/** The currency a page's region means by bare "cents" when it is neither a dollar nor the euro ("en-ZA": rand), else null. */
export function homeCents(locale: string | null | undefined): string | null {
  const region = regionOf(locale);
  return region ? REGION_CENTS[region] ?? null : null;
}

/** Words that name the US dollar itself: "US$40 million", "USD 3", "U.S. cents", "American dollars". */
const US_MARK = /\bU\.?S\.?\s?\$|\bUSD\b|\bU\.?S\.?\s+(?:cents?|dollars?)\b|\bAmerican\b/;
/** A "$" that no letters lead ("$12", "about $215 million", "-$3"), unlike "A$" or "US$". */
const BARE_DOLLAR = /(?<![A-Za-z.$])\$/;
const CENTS = /\b\d[\d.,]*\s*cents?\b/i;

/**
 * Money the extractor read as US dollars only because nothing else was written: a bare "$" (however the
 * amount is qualified: "about $215 million", "up to $150") or cents, on a page whose region has its own
 * dollar, is that dollar; "24 cent a share" on a euro-area page is euro cents, and "145 cents" on a South African
 * page rand cents ("$" there stays the US dollar).
 */
export function withHomeDollar(facts: Fact[], locale: string | null | undefined): Fact[] {
  const dollar = homeDollar(locale);
  const euro = homeEuro(locale) ?? homeCents(locale);
  if (!dollar && !euro) return facts;
  return facts.map((f) => {
    if (f.type !== 'money' || !f.unit || !/^USD(\/|$)/.test(f.unit) || US_MARK.test(f.text)) return f;
    const code = dollar && (BARE_DOLLAR.test(f.text) || CENTS.test(f.text)) ? dollar : euro && !f.text.includes('$') && CENTS.test(f.text) ? euro : null;
    if (!code) return f;
    return { ...f, unit: code + f.unit.slice(3), reasons: [...f.reasons, `'${code === euro ? 'cents' : '$'}' read as ${code}: the page's region (${locale}) writes its own currency so`] };
  });
}
