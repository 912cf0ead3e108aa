import * as z from 'zod';

/** One line of `newsfacts extract --jsonl` input: a page to clean, or text that is already clean. */
export const ExtractRequest = z.union([
  z.object({ id: z.union([z.string(), z.number()]), url: z.string().url(), html: z.string(), published: z.string().nullable().optional() }),
  z.object({ id: z.union([z.string(), z.number()]), text: z.string(), published: z.string().nullable().optional(), url: z.string().optional() }),
]);
export type ExtractRequest = z.infer<typeof ExtractRequest>;
