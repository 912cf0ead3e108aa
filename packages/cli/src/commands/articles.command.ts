import { listArticles, openDb } from '@newsfacts/store';
import { Command } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { config, formatOption, resolveFormat } from './shared.ts';

const COLUMNS = ['id', 'url', 'canonical_url', 'title', 'published', 'body_text', 'origin_id', 'origin_outlet'] as const;

export function articlesCommand(): Command {
  return new Command('articles')
    .description('list stored articles')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        await writeRecords(await listArticles(store.db), resolveFormat(opts.format), COLUMNS, process.stdout);
      } finally {
        await store.close();
      }
    });
}
