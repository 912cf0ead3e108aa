import { BOILERPLATE_VERSION } from '@newsfacts/boilerplate';
import { EXTRACTOR_VERSION, SHIPPED_FIT } from '@newsfacts/extract';
import { applyReextraction, articlesToReextract, countArticlesToReextract, loadArticleSnapshot, openDb, type Store } from '@newsfacts/store';
import { decodeResultBlob, TransportedArticleResult } from '@newsfacts/core';
import { createExtractPool } from '@newsfacts/worker-extract';
import { Command } from 'commander';
import { startProgress } from '../output/progress.ts';
import { config, UserError } from './shared.ts';

/** The version every stored article is compared with; the extract worker stamps the same string. */
export const currentExtractorVersion = (): string => `${BOILERPLATE_VERSION}+${EXTRACTOR_VERSION}`;

export interface ReextractOptions {
  since?: string;
  all?: boolean;
  reviewThreshold: number;
  autoAcceptPrecision?: number | null;
  /** Per page, as in the extract worker: a page that runs longer fails alone. */
  extractTimeoutMs: number;
  /** Pages cleaned and extracted at once (extraction threads). */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ReextractSummary {
  articles: number;
  factsInserted: number;
  factsRetired: number;
  failed: { articleId: number; error: string }[];
}

/**
 * Re-runs cleaning and extraction on the stored HTML snapshots of articles extracted by another
 * version, in the extract worker's own thread pool (its time and memory limits, so one page the new
 * extractor chokes on fails alone instead of hanging the run). One transaction per article: facts
 * that persist keep their id, status and reviews; facts no longer found are retired.
 */
export async function reextractArticles(store: Store, options: ReextractOptions): Promise<ReextractSummary> {
  const selection = { currentVersion: currentExtractorVersion(), since: options.since, all: options.all };
  const total = await countArticlesToReextract(store.db, selection);
  const summary: ReextractSummary = { articles: 0, factsInserted: 0, factsRetired: 0, failed: [] };
  const threads = Math.max(1, options.threads ?? 2);
  // A thread that dies outside any page (while starting, say) is replaced; say so on stderr.
  const log = { error: (obj: object, msg: string) => void process.stderr.write(`${msg}: ${JSON.stringify(obj)}\n`) };
  const pool = createExtractPool({ threads, timeoutMs: options.extractTimeoutMs, log });
  let done = 0;
  const reextractOne = async (id: number) => {
    try {
      const snapshot = await loadArticleSnapshot(store.db, id);
      if (!snapshot) return;
      const extracted = await pool.run(
        {
          url: snapshot.url,
          finalUrl: snapshot.url,
          feedId: snapshot.feedId,
          guid: snapshot.guid,
          itemTitle: snapshot.itemTitle,
          itemPublished: snapshot.itemPublished,
          pageBlob: 'stored-snapshot',
          pageHash: 'stored-snapshot',
          fetch: { status: 200, bytes: Buffer.byteLength(snapshot.html), ms: 0, fetchedAt: snapshot.fetchedAt },
        },
        snapshot.html,
      );
      const result = TransportedArticleResult.parse(decodeResultBlob(extracted.serialized).result);
      const written = await applyReextraction(store.db, id, result, { reviewThreshold: options.reviewThreshold, autoAcceptPrecision: options.autoAcceptPrecision, defaultFit: SHIPPED_FIT });
      summary.articles++;
      summary.factsInserted += written.inserted;
      summary.factsRetired += written.retired;
    } catch (error) {
      // One page the new extractor cannot handle must not stop the others; it keeps its old facts.
      summary.failed.push({ articleId: id, error: (error as Error).message });
    } finally {
      options.onProgress?.(++done, total);
    }
  };
  const running = new Set<Promise<void>>();
  try {
    for await (const id of articlesToReextract(store.db, selection)) {
      const task = reextractOne(id).finally(() => running.delete(task));
      running.add(task);
      if (running.size >= threads) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.close();
  }
  summary.failed.sort((a, b) => a.articleId - b.articleId);
  return summary;
}

export function reextractCommand(): Command {
  return new Command('reextract')
    .description('re-run cleaning and extraction on stored HTML snapshots whose extractor version is not the current one')
    .option('--since <date>', 'only articles fetched on or after this date (ISO)')
    .option('--all', 'also articles already at the current version')
    .action(async (opts: { since?: string; all?: boolean }) => {
      if (opts.since !== undefined && Number.isNaN(Date.parse(opts.since))) throw new UserError(`--since expects an ISO date such as 2025-10-01, got "${opts.since}"`, 2);
      const store = await openDb(config().dbPath);
      const progress = startProgress({ verb: 're-extracted', unit: 'articles' });
      try {
        const summary = await reextractArticles(store, {
          since: opts.since,
          all: opts.all,
          reviewThreshold: config().reviewThreshold,
          autoAcceptPrecision: config().autoAcceptPrecision,
          extractTimeoutMs: config().extractTimeoutMs,
          threads: Math.max(1, Math.min(2, config().concurrency)),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        process.stderr.write(
          `re-extracted ${summary.articles} article(s) to ${currentExtractorVersion()}: ${summary.factsInserted} fact(s) added, ${summary.factsRetired} retired, ${summary.failed.length} failed\n`,
        );
        for (const f of summary.failed.slice(0, 20)) process.stderr.write(`  article ${f.articleId}: ${f.error}\n`);
        if (summary.failed.length > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
