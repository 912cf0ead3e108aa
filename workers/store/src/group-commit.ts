import { type ArticleToSave, isDatabaseBusy, type SaveArticleOptions, type SaveArticleSummary, saveArticleResult, saveArticleResults, type Store } from '@newsfacts/store';

export interface GroupCommitter {
  /** Resolves once the article is committed, alone or together with others that arrived with it. */
  save(result: ArticleToSave): Promise<SaveArticleSummary>;
}

interface Pending {
  result: ArticleToSave;
  resolve(summary: SaveArticleSummary): void;
  reject(error: unknown): void;
}

/**
 * The store's one writer, committing articles in groups: store jobs that arrive together (the
 * store-article worker runs several at once) share one transaction, so its commit, full-text flush
 * and WAL sync are paid once per group instead of once per article. A job still finishes only after
 * its own article is committed. A group that fails for any reason but a busy database is written
 * again article by article, so one bad article fails its own job and no other.
 */
export function createGroupCommitter(store: Store, options: SaveArticleOptions & { maxGroup: number }): GroupCommitter {
  const waiting: Pending[] = [];
  let scheduled = false;

  const writeGroup = async (group: Pending[]) => {
    try {
      const summaries = await saveArticleResults(store.db, group.map((p) => p.result), options);
      group.forEach((p, i) => p.resolve(summaries[i] as SaveArticleSummary));
    } catch (error) {
      if (group.length === 1 || isDatabaseBusy(error)) {
        for (const p of group) p.reject(error);
        return;
      }
      for (const p of group) await saveArticleResult(store.db, p.result, options).then(p.resolve, p.reject);
    }
  };

  const flush = async () => {
    while (waiting.length > 0) await writeGroup(waiting.splice(0, options.maxGroup));
    scheduled = false;
  };

  return {
    save: (result) =>
      new Promise<SaveArticleSummary>((resolve, reject) => {
        waiting.push({ result, resolve, reject });
        // Waits for the current I/O turn to end, so every job whose result came in with it joins.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => void flush());
        }
      }),
  };
}
