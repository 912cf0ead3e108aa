import { existsSync } from 'node:fs';
import { ALL_QUEUE_NAMES, type FailedJobFilter, type JobRef } from '@newsfacts/queues';
import { findFeedsByUrl, getFeed, openDb } from '@newsfacts/store';
import type { Command } from 'commander';
import { config, UserError } from './shared.ts';

export interface JobFilterOptions {
  queue?: string;
  feed?: string;
  url?: string;
  error?: string;
  since?: string;
}

/** The filters `jobs failed` and `jobs retry` share. */
export function addJobFilterOptions(command: Command): Command {
  return command
    .option('--queue <name>', `only this queue: ${knownQueues()}`, queueName)
    .option('--feed <id|url>', "jobs of this feed: its id, or its URL as `feeds list` shows it")
    .option('--url <text>', 'the job URL (article or feed) contains this text, any case')
    .option('--error <text|/regex/>', 'the failure reason contains this text (any case) or matches /pattern/flags')
    .option('--since <duration|date>', 'failed within the last 30m, 6h, 2d, 1w, or on or after a date (2025-10-01)');
}

const knownQueues = (): string => ALL_QUEUE_NAMES.join(', ');

function queueName(value: string): string {
  if (!ALL_QUEUE_NAMES.includes(value)) throw new UserError(`--queue expects one of ${knownQueues()}, got "${value}"`, 2);
  return value;
}

export const hasJobFilter = (opts: JobFilterOptions): boolean =>
  [opts.queue, opts.feed, opts.url, opts.error, opts.since].some((v) => v !== undefined);

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseSince(value: string, now = Date.now()): Date {
  const duration = /^(\d+)\s*([smhdw])$/i.exec(value.trim());
  if (duration) return new Date(now - Number(duration[1]) * UNIT_MS[duration[2]!.toLowerCase()]!);
  const at = Date.parse(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(at)) return new Date(at);
  throw new UserError(`--since expects a duration (30m, 6h, 2d, 1w) or a date (2025-10-01), got "${value}"`, 2);
}

/** `/pattern/flags` is a regular expression; anything else is text to look for. */
export function parseErrorPattern(value: string): string | RegExp {
  const pattern = /^\/(.+)\/([a-z]*)$/s.exec(value);
  if (!pattern) return value;
  try {
    return new RegExp(pattern[1]!, pattern[2]);
  } catch (error) {
    throw new UserError(`--error: not a valid regular expression: ${(error as Error).message}`, 2);
  }
}

/** Commander collector for the repeatable `--id <queue>:<job id>`. */
export function collectJobRef(value: string, previous: JobRef[] = []): JobRef[] {
  const colon = value.indexOf(':');
  const queue = value.slice(0, colon);
  const jobId = value.slice(colon + 1);
  if (colon <= 0 || !jobId || !ALL_QUEUE_NAMES.includes(queue)) {
    throw new UserError(`--id expects <queue>:<job id> with a queue among ${knownQueues()}, got "${value}"`, 2);
  }
  return [...previous, { queue, jobId }];
}

/** Everything but the feed, which may need the store: checked before Redis is contacted. */
export function parseJobFilter(opts: JobFilterOptions): FailedJobFilter {
  return {
    queues: opts.queue === undefined ? undefined : [opts.queue],
    url: opts.url,
    error: opts.error === undefined ? undefined : parseErrorPattern(opts.error),
    since: opts.since === undefined ? undefined : parseSince(opts.since),
  };
}

/**
 * Feed ids and URLs from the store, when this machine has it: a fetch-only host may hold no
 * database, and then feeds show as ids and `--feed` needs an id.
 */
export interface FeedDirectory {
  idsFor(value: string): Promise<number[]>;
  urlOf(id: number): Promise<string | null>;
  close(): Promise<void>;
}

export async function openFeedDirectory(): Promise<FeedDirectory> {
  const path = config().dbPath;
  const store = existsSync(path) ? await openDb(path, { readonly: true }) : null;
  const urls = new Map<number, string | null>();
  return {
    async idsFor(value) {
      if (/^\d+$/.test(value) && Number(value) > 0) return [Number(value)];
      if (!store) throw new UserError(`--feed ${value}: there is no database at ${path} to look the URL up in; pass the feed id`);
      const candidates = new Set([value, normalizedUrl(value)]);
      const feeds = (await Promise.all([...candidates].map((url) => findFeedsByUrl(store.db, url)))).flat();
      if (feeds.length === 0) throw new UserError(`--feed: no feed with id or URL ${value} (see \`newsfacts feeds list\`)`);
      return [...new Set(feeds.map((f) => f.id))];
    },
    async urlOf(id) {
      if (!store) return null;
      if (!urls.has(id)) urls.set(id, (await getFeed(store.db, id))?.url ?? null);
      return urls.get(id) ?? null;
    },
    close: async () => store?.close(),
  };
}

function normalizedUrl(value: string): string {
  try {
    return new URL(value).toString();
  } catch {
    return value;
  }
}
