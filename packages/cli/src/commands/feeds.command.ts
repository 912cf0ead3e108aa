import { readFile } from 'node:fs/promises';
import { FeedNotFoundError, parseOpml, toOpml } from '@newsfacts/feeds';
import { addFeed, listFeeds, openDb, removeFeed, setFeedInterval, setFeedPaused, type Store } from '@newsfacts/store';
import { Command } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { discoverFeed } from '../runtime/discover-feed.ts';
import { UserError, config, formatOption, parseId, resolveFormat } from './shared.ts';

const HEALTH_COLUMNS = [
  'id', 'url', 'title', 'status', 'interval_minutes', 'last_success_at', 'last_status', 'items_seen', 'articles_stored',
  'consecutive_errors', 'last_error', 'next_check_at', 'next_check_reason', 'paused_reason',
] as const;

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDb(config().dbPath);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const minutes = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--interval must be a whole number of minutes: ${v}`, 2);
  return n;
};

export function feedsCommand(): Command {
  const feeds = new Command('feeds').description('add, list, pause and remove the feeds newsfacts polls');
  feeds
    .command('add')
    .description('add a feed by its URL or by a site/article URL (the feed is discovered); prints the feed id')
    .argument('<url>', 'feed URL, or a page of the site')
    .option('--interval <minutes>', 'minutes between checks', minutes)
    .option('--no-discover', 'add the URL as it is, without fetching it')
    .action(async (url: string, opts: { interval?: number; discover: boolean }) => {
      let feedUrl = validateHttpUrl(url);
      let title: string | null = null;
      if (opts.discover) {
        try {
          const found = await discoverFeed(feedUrl, config());
          if (found.url !== feedUrl) process.stderr.write(`found ${found.feed.format} feed ${found.url} (${found.via === 'link' ? 'advertised by the page' : found.via === 'well-known' ? 'at a well-known path' : 'the URL itself'})\n`);
          feedUrl = found.url;
          title = found.feed.title;
        } catch (error) {
          const hint = error instanceof FeedNotFoundError ? `\n  tried: ${error.tried.join(', ')}` : '';
          throw new UserError(`could not add ${url}: ${(error as Error).message}${hint}\n  (use --no-discover to add it without checking)`);
        }
      }
      await withStore(async (store) => {
        const { id, created } = await addFeed(store.db, { url: feedUrl, title, intervalMinutes: opts.interval ?? config().feedIntervalMinutes });
        if (!created) process.stderr.write(`feed already present: ${feedUrl}\n`);
        process.stdout.write(`${id}\n`);
      });
    });
  feeds
    .command('list')
    .description('list feeds with their health')
    .addOption(formatOption())
    .action(async (opts: { format?: string }) => {
      await withStore(async (store) => writeRecords(await listFeeds(store.db), resolveFormat(opts.format), HEALTH_COLUMNS, process.stdout));
    });
  feeds
    .command('remove')
    .description('remove a feed (its stored articles and facts stay)')
    .argument('<id>', 'feed id', parseId)
    .action(async (id: number) => {
      await withStore(async (store) => {
        if (!(await removeFeed(store.db, id))) throw new UserError(`no feed with id ${id}`);
        process.stdout.write(`removed ${id}\n`);
      });
    });
  for (const [name, paused] of [['pause', true], ['resume', false]] as const) {
    feeds
      .command(name)
      .description(paused ? 'stop polling a feed until resumed' : 'poll a paused feed again')
      .argument('<id>', 'feed id', parseId)
      .action(async (id: number) => {
        await withStore(async (store) => {
          if (!(await setFeedPaused(store.db, id, paused, paused ? 'paused by operator' : null))) throw new UserError(`no feed with id ${id}`);
          process.stdout.write(`${paused ? 'paused' : 'resumed'} ${id}\n`);
        });
      });
  }
  feeds
    .command('interval')
    .description('set minutes between checks')
    .argument('<id>', 'feed id', parseId)
    .argument('<minutes>', 'minutes', minutes)
    .action(async (id: number, every: number) => {
      await withStore(async (store) => {
        if (!(await setFeedInterval(store.db, id, every))) throw new UserError(`no feed with id ${id}`);
        process.stdout.write(`${id} every ${every} min\n`);
      });
    });
  feeds
    .command('import')
    .description('add every feed of an OPML file (as listed, without discovery)')
    .argument('<file>', 'OPML file, or - for stdin')
    .action(async (file: string) => {
      const xml = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      let parsed: ReturnType<typeof parseOpml>;
      try {
        parsed = parseOpml(xml);
      } catch (error) {
        throw new UserError(`${file} is not a readable OPML file: ${(error as Error).message}`);
      }
      await withStore(async (store) => {
        let added = 0;
        for (const feed of parsed.feeds) {
          let url: string;
          try {
            url = validateHttpUrl(feed.url);
          } catch {
            process.stderr.write(`skipped (not an http URL): ${feed.url}\n`);
            continue;
          }
          const { id, created } = await addFeed(store.db, { url, title: feed.title, intervalMinutes: config().feedIntervalMinutes });
          if (created) added++;
          process.stdout.write(`${id}\t${url}\n`);
        }
        process.stderr.write(`${added} added, ${parsed.feeds.length - added} already present or skipped\n`);
      });
    });
  feeds
    .command('export')
    .description('write all feeds as OPML to stdout')
    .action(async () => {
      await withStore(async (store) => {
        const all = await listFeeds(store.db);
        process.stdout.write(toOpml(all.map((f) => ({ url: f.url, title: f.title })), 'newsfacts feeds'));
      });
    });
  return feeds;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
