import * as z from 'zod';
import { CleanDoc } from './clean-doc.ts';
import { ArticleResult } from './pipeline.ts';

/**
 * An ArticleResult on its way from the extract stage to the store, through a Redis blob. The plain
 * JSON of a result is wasteful on this path: the page HTML is already in Redis as the page blob
 * (which the store keeps as the article's snapshot, compressed as it is), and every fact repeats
 * its whole sentence and every field name. This form leaves the HTML out, naming the page blob's
 * hash instead, and the document's blocks, which only the cleaner's own callers read; it lists each
 * sentence once and the facts as rows under one list of field names: about half the bytes that
 * Redis and both workers would otherwise copy for every article.
 */
export const RESULT_BLOB_FORMAT = 'newsfacts.result/3';

/** What the store gets back: the result less its HTML (when the page blob carries it) and blocks. */
export const TransportedArticleResult = ArticleResult.omit({ html: true, doc: true }).extend({
  html: z.string().optional(),
  doc: CleanDoc.omit({ blocks: true }).extend({ blocks: CleanDoc.shape.blocks.optional() }),
});
export type TransportedArticleResult = z.infer<typeof TransportedArticleResult>;

export interface DecodedResultBlob {
  /** Not yet validated: parse it with TransportedArticleResult. */
  result: unknown;
  /** sha256 of the page HTML left out of the blob; null when the blob carries the HTML itself. */
  pageHash: string | null;
}

const Envelope = z.object({
  format: z.literal(RESULT_BLOB_FORMAT),
  pageHash: z.string().min(1),
  sentences: z.array(z.string()),
  factFields: z.array(z.string()),
  factRows: z.array(z.array(z.unknown())),
  result: z.looseObject({}),
});

export function encodeResultBlob(result: ArticleResult, pageHash: string): string {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const factFields = [...new Set(result.facts.flatMap((fact) => Object.keys(fact)))];
  const factRows = result.facts.map((fact) => {
    let at = index.get(fact.sentence);
    if (at === undefined) {
      at = sentences.push(fact.sentence) - 1;
      index.set(fact.sentence, at);
    }
    const row: Record<string, unknown> = { ...fact, sentence: at };
    return factFields.map((field) => row[field] ?? null);
  });
  const { html: _html, facts: _facts, doc, ...rest } = result;
  const { blocks: _blocks, ...docWithoutBlocks } = doc;
  return JSON.stringify({ format: RESULT_BLOB_FORMAT, pageHash, sentences, factFields, factRows, result: { ...rest, doc: docWithoutBlocks } });
}

/**
 * Reads a result blob. A plain ArticleResult (from a worker of an earlier release, still draining
 * during an upgrade) passes through unchanged. Throws on text that is not JSON, a row of the wrong
 * width or a sentence index out of range, so a corrupt blob fails its job instead of writing facts
 * with the wrong sentence.
 */
export function decodeResultBlob(raw: string): DecodedResultBlob {
  const parsed: unknown = JSON.parse(raw);
  if ((parsed as { format?: unknown } | null)?.format !== RESULT_BLOB_FORMAT) return { result: parsed, pageHash: null };
  const envelope = Envelope.safeParse(parsed);
  if (!envelope.success) throw new Error(`result blob is malformed: ${envelope.error.issues[0]?.path.join('.')}: ${envelope.error.issues[0]?.message}`);
  const { sentences, pageHash, factFields, factRows, result } = envelope.data;
  const facts = factRows.map((row, i) => {
    if (row.length !== factFields.length) throw new Error(`result blob is malformed: fact ${i} has ${row.length} fields, not ${factFields.length}`);
    const fact: Record<string, unknown> = {};
    factFields.forEach((field, k) => (fact[field] = row[k]));
    const sentence = typeof fact.sentence === 'number' ? sentences[fact.sentence] : undefined;
    if (sentence === undefined) throw new Error(`result blob is malformed: fact ${i} names sentence ${String(fact.sentence)} of ${sentences.length}`);
    return { ...fact, sentence };
  });
  return { result: { ...result, facts }, pageHash };
}
