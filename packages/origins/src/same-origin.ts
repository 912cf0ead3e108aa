import type { OriginEvidence } from './evidence.ts';
import { compareTexts } from './match.ts';

export interface ArticleEvidence {
  url: string;
  evidence: OriginEvidence;
}

/** Why two articles were judged one story, or null when they were not. */
export type SameOriginReason = 'link' | 'text' | null;

/** Two addresses of one page: scheme, "www.", query, fragment and a trailing slash aside. */
export function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/**
 * One article links to the other as its source (isBasedOn, a cross-site canonical, a feed's
 * source), or their texts are one text. Credits alone do not join two stories: one agency
 * writes many.
 */
export function sameOrigin(a: ArticleEvidence, b: ArticleEvidence): SameOriginReason {
  const linked = (x: ArticleEvidence, y: ArticleEvidence) => x.evidence.links.basedOnUrls.some((u) => sameUrl(u, y.url));
  if (linked(a, b) || linked(b, a)) return 'link';
  const sharedSource = a.evidence.links.basedOnUrls.some((u) => b.evidence.links.basedOnUrls.some((v) => sameUrl(u, v)));
  if (sharedSource) return 'link';
  return compareTexts(a.evidence.signature, b.evidence.signature).same ? 'text' : null;
}
