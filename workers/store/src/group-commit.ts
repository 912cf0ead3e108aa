import { type ArticleToSave, isDatabaseBusy, type SaveArticleOptions, type SaveArticleSummary, saveArticleResult, saveArticleResults, type Store } from '@newsfacts/store';

export interface GroupCommitter {
  /** Resolves once the article is committed, alone or together with others that arrived with it. */
  save(result: ArticleToSave): Promise<CommittedArticle>;
}

/** The article's summary, and how many articles its commit held. */
export type CommittedArticle = SaveArticleSummary & { commitGroup: number };

interface Pending {
  result: ArticleToSave;
  resolve(summary: CommittedArticle): void;
  reject(error: unknown): void;
}

/**
 * The store's one writer, committing articles in groups: store jobs that arrive together (the
 * store-article worker runs several at once) share one transaction, so its commit, full-text flush
 * and WAL sync are paid once per group instead of once per article. A job still finishes only after
 * its own article is committed. A group that fails for any reason but a busy database is written
 * again article by article, so one bad article fails its own job and no other.
 */
export interface GroupCommitOptions extends SaveArticleOptions {
  /** Articles committed together at most. */
  maxGroup: number;
  /**
   * How long the first article of a group waits for others (0: only those that arrive in the same
   * I/O turn). Where the store shares its process with fetching and extraction, results come in one
   * at a time; a few milliseconds of waiting turns one commit per article into one per several.
   */
  lingerMs?: number;
}

export function createGroupCommitter(store: Store, options: GroupCommitOptions): GroupCommitter {
  const waiting: Pending[] = [];
  const lingerMs = options.lingerMs ?? 0;
  let scheduled: 'now' | 'linger' | null = null;
  let lingerTimer: NodeJS.Timeout | undefined;

  const writeGroup = async (group: Pending[]) => {
    try {
      const summaries = await saveArticleResults(store.db, group.map((p) => p.result), options);
      group.forEach((p, i) => p.resolve({ ...(summaries[i] as SaveArticleSummary), commitGroup: group.length }));
    } catch (error) {
      if (group.length === 1 || isDatabaseBusy(error)) {
        for (const p of group) p.reject(error);
        return;
      }
      for (const p of group) await saveArticleResult(store.db, p.result, options).then((summary) => p.resolve({ ...summary, commitGroup: 1 }), p.reject);
    }
  };

  const flush = async () => {
    // Articles arriving while a group is written join the next turn of this loop.
    while (waiting.length > 0) await writeGroup(waiting.splice(0, options.maxGroup));
    scheduled = null;
  };

  const schedule = (now: boolean) => {
    if (scheduled === 'now' || (scheduled === 'linger' && !now)) return;
    clearTimeout(lingerTimer);
    if (now) {
      scheduled = 'now';
      // Waits for the current I/O turn to end, so every job whose result came in with it joins.
      setImmediate(() => void flush());
      return;
    }
    scheduled = 'linger';
    lingerTimer = setTimeout(() => {
      scheduled = 'now';
      void flush();
    }, lingerMs);
  };

  return {
    save: (result) =>
      new Promise<CommittedArticle>((resolve, reject) => {
        waiting.push({ result, resolve, reject });
        schedule(lingerMs === 0 || waiting.length >= options.maxGroup);
      }),
  };
}
