import * as z from 'zod';

/** Where a piece of metadata came from, most trusted first. */
export const MetaSource = z.enum(['json-ld', 'meta', 'time-element', 'feed', 'url', 'html', 'visible-date']);
export type MetaSource = z.infer<typeof MetaSource>;

export const SourcedValue = z.object({ value: z.string(), source: MetaSource });
export type SourcedValue = z.infer<typeof SourcedValue>;

export const BlockKind = z.enum(['paragraph', 'heading', 'list-item', 'table-row', 'quote', 'preformatted']);
export type BlockKind = z.infer<typeof BlockKind>;

/** One block of the article body; `start`/`end` are offsets into CleanDoc.bodyText. */
export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Block = z.infer<typeof Block>;

export const CleanDocMetadata = z.object({
  title: SourcedValue.nullable(),
  published: SourcedValue.nullable(),
  modified: SourcedValue.nullable(),
  author: SourcedValue.nullable(),
  canonicalUrl: SourcedValue.nullable(),
  siteName: SourcedValue.nullable(),
  lang: SourcedValue.nullable(),
  leadImage: SourcedValue.nullable(),
});
export type CleanDocMetadata = z.infer<typeof CleanDocMetadata>;

export const Extraction = z.enum(['content', 'fallback', 'none']);
export type Extraction = z.infer<typeof Extraction>;

/**
 * The boilerplate stage's output: article text with its structure, captions kept apart,
 * and metadata with the source of every value.
 */
export const CleanDoc = z.object({
  url: z.string(),
  title: z.string().nullable(),
  /** ISO 8601 (date or date-time) or null. */
  published: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  lang: z.string().nullable(),
  /** Blocks joined by blank lines ("\n\n"). */
  bodyText: z.string(),
  blocks: z.array(Block),
  captions: z.array(z.string()),
  metadata: CleanDocMetadata,
  isArticle: z.boolean(),
  /** Why the page was judged not to be an article (index page, error page, too little text). */
  notArticleReason: z.string().nullable(),
  /**
   * How the body was found: by the content finder (`content`); by the fallback when the content
   * finder found nothing it could trust (`fallback`: facts start with lower confidence); or not at
   * all, the page showing no article text (`none`). Absent means `content` (documents made before
   * the field existed).
   */
  extraction: Extraction.optional(),
  /** Why the extraction is `fallback` or `none`, or the doubt an article was kept in. */
  extractionNote: z.string().nullable().optional(),
  boilerplateVersion: z.string(),
});
export type CleanDoc = z.infer<typeof CleanDoc>;
