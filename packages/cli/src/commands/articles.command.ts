import { listArticles, openDb } from '@newsfacts/store';
import { Command } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { config, formatOption, resolveFormat } from './shared.ts';

// extraction (content / fallback / none) and its note say why a body is empty or unsure.
const COLUMNS = ['id', 'url', 'canonical_url', 'title', 'published', 'is_article', 'extraction', 'extraction_note', 'not_article_reason', 'body_text', 'facts_dropped', 'facts_dropped_reason', 'origin_id', 'origin_outlet'] as const;

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
