import { addFeed, listFeeds, openDb, removeFeed } from '@newsfacts/store';
import { Command } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { UserError, config, formatOption, parseId, resolveFormat } from './shared.ts';

const HEALTH_COLUMNS = [
  'id', 'url', 'title', 'status', 'interval_minutes', 'last_success_at', 'last_status', 'items_seen', 'articles_stored',
  'consecutive_errors', 'last_error', 'next_check_at', 'paused_reason',
] as const;

export function feedsCommand(): Command {
  const feeds = new Command('feeds').description('add, list and remove the feeds newsfacts polls');
  feeds
    .command('add')
    .description('add a feed URL; prints the feed id')
    .argument('<url>', 'feed URL (RSS or Atom)')
    .option('--interval <minutes>', 'minutes between checks', (v) => Number(v))
    .action(async (url: string, opts: { interval?: number }) => {
      const normalized = validateHttpUrl(url);
      const store = await openDb(config().dbPath);
      try {
        const { id, created } = await addFeed(store.db, { url: normalized, intervalMinutes: opts.interval ?? config().feedIntervalMinutes });
        if (!created) process.stderr.write(`feed already present: ${normalized}\n`);
        process.stdout.write(`${id}\n`);
      } finally {
        await store.close();
      }
    });
  feeds
    .command('list')
    .description('list feeds with their health')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        await writeRecords(await listFeeds(store.db), resolveFormat(opts.format), HEALTH_COLUMNS, process.stdout);
      } finally {
        await store.close();
      }
    });
  feeds
    .command('remove')
    .description('remove a feed (its stored articles and facts stay)')
    .argument('<id>', 'feed id', parseId)
    .action(async (id: number) => {
      const store = await openDb(config().dbPath);
      try {
        if (!(await removeFeed(store.db, id))) throw new UserError(`no feed with id ${id}`);
        process.stdout.write(`removed ${id}\n`);
      } finally {
        await store.close();
      }
    });
  return feeds;
}

export function validateHttpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`not a URL: ${url}`, 2);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UserError(`only http and https URLs can be polled: ${url}`, 2);
  return parsed.toString();
}
