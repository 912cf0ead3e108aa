import { type Credit, creditedOutlet, findCredits } from './credits.ts';
import { bandKeys } from './lsh.ts';
import { signText, type TextSignature } from './minhash.ts';
import { type PageLinks, readPageLinks } from './page-links.ts';

export interface OriginInput {
  bodyText: string;
  /** The page as fetched, when kept: its JSON-LD may say what the story is based on. */
  html: string | null;
  url: string;
  /** The canonical URL the page declares (any site); a cross-site one names the original. */
  declaredCanonical: string | null;
  /** A feed item's <source url="…">Name</source>, when the feed gave one. */
  feedSource?: { url: string | null; name: string | null } | null;
}

/** Everything one article offers for finding its origin, computed without I/O. */
export interface OriginEvidence {
  signature: TextSignature;
  bands: number[];
  credits: Credit[];
  links: PageLinks;
  /** The agency or first publisher the article itself names, if any. */
  namedOutlet: string | null;
}

export function originEvidence(input: OriginInput): OriginEvidence {
  const signature = signText(input.bodyText);
  const credits = findCredits(input.bodyText);
  const links = readPageLinks(input.html, input.url, input.declaredCanonical);
  const feedUrl = input.feedSource?.url;
  if (feedUrl && !links.basedOnUrls.includes(feedUrl)) links.basedOnUrls.push(feedUrl);
  const namedOutlet = creditedOutlet(credits) ?? links.sourceOrganization ?? input.feedSource?.name ?? null;
  return { signature, bands: bandKeys(signature.values), credits, links, namedOutlet };
}
