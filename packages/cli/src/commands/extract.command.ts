import { createInterface } from 'node:readline';
import { type CleanDoc, capFacts, type Fact, ExtractRequest } from '@newsfacts/core';
import { cleanHtml } from '@newsfacts/boilerplate';
import { EXTRACTOR_VERSION, extractDocumentFacts, extractFacts } from '@newsfacts/extract';
import { Command } from 'commander';
import { progressBesideOutput } from '../output/progress.ts';

/**
 * Reads JSON lines on stdin and writes one result line per input line, in order. A bad line gets
 * an `error` line of its own and the rest still run: one broken page never costs a batch.
 */
export function extractCommand(): Command {
  return new Command('extract')
    .description('clean and extract without queue or database: JSON lines {"id","url","html"} or {"id","text","published"} on stdin')
    .requiredOption('--jsonl', 'read and write JSON lines (the only mode)')
    .action(async () => {
      let failures = 0;
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNo = 0;
      const progress = progressBesideOutput({ verb: 'extracted', unit: 'pages' }, { buffered: false });
      try {
        for await (const line of lines) {
          lineNo++;
          if (!line.trim()) continue;
          const output = processLine(line, lineNo);
          if ('error' in output) failures++;
          if (!process.stdout.write(`${JSON.stringify(output)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
          progress.increment();
        }
      } finally {
        progress.stop();
      }
      if (failures > 0) process.stderr.write(`${failures} line(s) could not be processed; see their "error" fields\n`);
    });
}

export function processLine(line: string, lineNo: number): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { id: null, line: lineNo, error: 'not valid JSON' };
  }
  const request = ExtractRequest.safeParse(json);
  if (!request.success) {
    const id = typeof json === 'object' && json && 'id' in json ? (json as { id: unknown }).id : null;
    return { id, line: lineNo, error: `expected {"id","url","html"} or {"id","text","published"}: ${request.error.issues[0]?.message ?? ''}` };
  }
  const r = request.data;
  try {
    if ('html' in r) {
      const doc = cleanHtml(r.html, r.url, { feedPublished: r.published ?? null });
      const published = doc.published ?? r.published ?? null;
      return { id: r.id, ...docFields(doc), published, ...cappedFields(extractDocumentFacts(doc, published)), extractor_version: EXTRACTOR_VERSION };
    }
    const published = r.published ?? null;
    return { id: r.id, title: null, published, body_text: r.text, ...cappedFields(extractFacts({ text: r.text, published })), extractor_version: EXTRACTOR_VERSION };
  } catch (error) {
    return { id: r.id, line: lineNo, error: `extraction failed: ${(error as Error).message}` };
  }
}

// The same per-article bounds as the pipeline, so that a fact bomb piped through here stays bounded too
// and a batch gives the facts the store would keep.
function cappedFields(all: Fact[]): { facts: Fact[]; facts_dropped: number; facts_dropped_reason: string | null } {
  const { facts, dropped, reason } = capFacts(all);
  return { facts, facts_dropped: dropped, facts_dropped_reason: reason };
}

function docFields(doc: CleanDoc): Record<string, unknown> {
  return {
    title: doc.title,
    canonical_url: doc.canonicalUrl,
    lang: doc.lang,
    is_article: doc.isArticle,
    not_article_reason: doc.notArticleReason,
    // How the body was found and, when it is empty or from the fallback, why.
    extraction: doc.extraction ?? 'content',
    extraction_note: doc.extractionNote ?? null,
    body_text: doc.bodyText,
    blocks: doc.blocks,
    captions: doc.captions,
    metadata: doc.metadata,
    boilerplate_version: doc.boilerplateVersion,
  };
}
