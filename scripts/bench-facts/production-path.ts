import { cleanHtml } from '../../packages/boilerplate/src/index.ts';
import { extractDocumentFacts } from '../../packages/extract/src/index.ts';
import type { Fact } from '../../packages/core/src/index.ts';

/**
 * What the pipeline stores for one page, without queue or database: the same steps and settings as the
 * extract worker's buildArticleResult (cleaner, the page's own publication date, no facts for a page judged
 * not an article). Kept beside the bench so the bench measures the path users get, not the recognizers.
 * `unseenCompanyNames` (for --unseen-names only) hides those names from the lists of known companies;
 * `feedPublished` is the date a feed item gives the page, used as the worker uses it when the page has none.
 */
export function productionFacts(html: string, url: string, unseenCompanyNames?: readonly string[], feedPublished: string | null = null): { facts: Fact[]; published: string | null; isArticle: boolean; bodyText: string } {
  const doc = cleanHtml(html, url, { feedPublished });
  const published = doc.published ?? feedPublished;
  const facts = extractDocumentFacts(doc, published, unseenCompanyNames ? { unseenCompanyNames } : {});
  return { facts, published, isArticle: doc.isArticle, bodyText: doc.bodyText };
}
