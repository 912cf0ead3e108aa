import { listFetches, openDb } from '@newsfacts/store';
import { Command, Option } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { UserError, config, formatOption, parseId, resolveFormat } from './shared.ts';

const COLUMNS = ['id', 'fetched_at', 'kind', 'feed_id', 'url', 'status', 'bytes', 'ms', 'from_cache', 'error', 'note'] as const;

export function fetchesCommand(): Command {
  return new Command('fetches')
    .description('the fetch log, newest first: every feed, article and robots.txt request with its outcome')
    .option('--feed <id>', 'only this feed', parseId)
    .addOption(new Option('--kind <kind>', 'only this kind of request').choices(['feed', 'article', 'robots']))
    .option('--errors', 'only fetches that ended in an error')
    .option('--limit <n>', 'at most this many rows', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UserError(`--limit must be a positive whole number: ${v}`, 2);
      return n;
    }, 100)
    .addOption(formatOption())
    .action(async (opts: { feed?: number; kind?: 'feed' | 'article' | 'robots'; errors?: boolean; limit: number; format?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        const rows = await listFetches(store.db, { feedId: opts.feed, kind: opts.kind, errorsOnly: opts.errors, limit: opts.limit });
        await writeRecords(rows, resolveFormat(opts.format), COLUMNS, process.stdout);
      } finally {
        await store.close();
      }
    });
}
