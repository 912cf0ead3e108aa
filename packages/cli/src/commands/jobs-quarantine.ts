import { type QueueSet, refetchReleasedArticle } from '@newsfacts/queues';
import { listQuarantined, openDb, releaseQuarantined } from '@newsfacts/store';
import type { Command } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { config, formatOption, resolveFormat, UserError } from './shared.ts';

const COLUMNS = ['url', 'feed_id', 'queue', 'failures', 'quarantined_at', 'last_failed_at', 'reason'];

/** `jobs quarantined` and `jobs retry-quarantined`: articles kept from being fetched after their work failed for good. */
export function addQuarantineCommands(jobs: Command, openQueues: () => Promise<QueueSet>): void {
  jobs
    .command('quarantined')
    .description('articles not fetched again because their work failed for good (or died with its process twice)')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        const rows = await listQuarantined(store.db);
        await writeRecords(rows, resolveFormat(opts.format), COLUMNS, process.stdout);
        process.stderr.write(`${rows.length} quarantined article(s)\n`);
      } finally {
        await store.close();
      }
    });
  jobs
    .command('retry-quarantined')
    .description('lift the quarantine and fetch the article again (its failed jobs are cleared)')
    .option('--url <canonical url>', 'this article, as `jobs quarantined` lists it')
    .option('--all', 'every quarantined article')
    .action(async (opts: { url?: string; all?: boolean }) => {
      if (!opts.all && opts.url === undefined) throw new UserError('jobs retry-quarantined needs --url <url> or --all', 2);
      const queues = await openQueues();
      const store = await openDb(config().dbPath);
      try {
        const released = await releaseQuarantined(store.db, opts.all ? undefined : opts.url);
        if (!opts.all && released.length === 0) throw new UserError(`no quarantined article has the URL ${opts.url}`, 1);
        for (const row of released) {
          const { removedFailedJobs } = await refetchReleasedArticle(queues, { url: row.url, feedId: row.feed_id, guid: row.guid });
          process.stdout.write(`${row.url}\tfetch enqueued; ${removedFailedJobs} failed job(s) cleared\n`);
        }
        process.stderr.write(`released ${released.length} quarantined article(s)\n`);
      } finally {
        await store.close();
        await queues.close();
      }
    });
}
