import type { GoldFact } from './gold.ts';

/**
 * The company names an article's gold holds, canonical and as written ("Acme Corp", "Acme's"): what
 * `--unseen-names` hides from the extractor's lists of known companies while it reads that article, so
 * that the figure shows what the cues find on names no list ever saw.
 */
export function goldCompanyNames(facts: readonly GoldFact[], body: string): string[] {
  const names = new Set<string>();
  for (const f of facts) {
    if (f.type !== 'company') continue;
    names.add(String(f.value));
    const surface = body.slice(f.start, f.end).trim();
    if (surface) names.add(surface);
  }
  return [...names];
}
