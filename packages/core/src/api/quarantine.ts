import * as z from 'zod';

/**
 * An operator lifting the quarantine of one article (by the canonical URL the list shows) or of all of
 * them; the article is fetched again. Naming neither is refused rather than read as "all".
 */
export const ReleaseQuarantineRequest = z.union([
  z.object({ url: z.string().trim().min(1).max(4096) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type ReleaseQuarantineRequest = z.infer<typeof ReleaseQuarantineRequest>;
