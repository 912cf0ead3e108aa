import { z } from 'zod';
import { Fact } from './fact.ts';
import { ArticleResult } from './pipeline.ts';

/**
 * An ArticleResult on its way from the extract stage to the store, through a Redis blob. The plain
 * JSON of a result is wasteful on this path: the page HTML is already in Redis as the page blob
 * (which the store keeps as the article's snapshot, compressed as it is), and every fact repeats
 * its whole sentence. This form leaves the HTML out, naming the page blob's hash instead, and lists
 * each sentence once.
 */
export const RESULT_BLOB_FORMAT = 'newsfacts.result/2';

/** What the store gets back: the result less its HTML when the HTML travels as the page blob. */
export const TransportedArticleResult = ArticleResult.omit({ html: true }).extend({ html: z.string().optional() });
export type TransportedArticleResult = z.infer<typeof TransportedArticleResult>;

export interface DecodedResultBlob {
  /** Not yet validated: parse it with TransportedArticleResult. */
  result: unknown;
  /** sha256 of the page HTML left out of the blob; null when the blob carries the HTML itself. */
  pageHash: string | null;
}

const EncodedFact = Fact.omit({ sentence: true }).extend({ sentence: z.number().int().nonnegative() });
const Envelope = z.object({
  format: z.literal(RESULT_BLOB_FORMAT),
  pageHash: z.string().min(1),
  sentences: z.array(z.string()),
  result: z.looseObject({ facts: z.array(z.looseObject({ sentence: z.number().int().nonnegative() })) }),
});

export function encodeResultBlob(result: ArticleResult, pageHash: string): string {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const facts = result.facts.map((fact): z.infer<typeof EncodedFact> => {
    let at = index.get(fact.sentence);
    if (at === undefined) {
      at = sentences.push(fact.sentence) - 1;
      index.set(fact.sentence, at);
    }
    return { ...fact, sentence: at };
  });
  const { html: _html, ...rest } = result;
  return JSON.stringify({ format: RESULT_BLOB_FORMAT, pageHash, sentences, result: { ...rest, facts } });
}

/**
 * Reads a result blob. A plain ArticleResult (from a worker of an earlier release, still draining
 * during an upgrade) passes through unchanged. Throws on text that is not JSON or a sentence index
 * out of range, so a corrupt blob fails its job instead of writing facts with the wrong sentence.
 */
export function decodeResultBlob(raw: string): DecodedResultBlob {
  const parsed: unknown = JSON.parse(raw);
  if ((parsed as { format?: unknown } | null)?.format !== RESULT_BLOB_FORMAT) return { result: parsed, pageHash: null };
  const envelope = Envelope.safeParse(parsed);
  if (!envelope.success) throw new Error(`result blob is malformed: ${envelope.error.issues[0]?.path.join('.')}: ${envelope.error.issues[0]?.message}`);
  const { sentences, pageHash, result } = envelope.data;
  const facts = result.facts.map((fact, i) => {
    const sentence = sentences[fact.sentence];
    if (sentence === undefined) throw new Error(`result blob is malformed: fact ${i} names sentence ${fact.sentence} of ${sentences.length}`);
    return { ...fact, sentence };
  });
  return { result: { ...result, facts }, pageHash };
}
