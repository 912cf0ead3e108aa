import { FactFilterParams } from '@newsfacts/core';
import {
  FACT_COLUMNS,
  type FactQuery,
  factQueryFromParams,
  GROUP_COLUMNS,
  InvalidFilterError,
  iterateFacts,
  iterateGroups,
  openReader,
  StoreMissingError,
} from '@newsfacts/store';
import { Command, Option } from 'commander';
import { countedRows, progressBesideOutput } from '../output/progress.ts';
import { writeRecords } from '../output/write-records.ts';
import { config, formatOption, resolveFormat, UserError } from './shared.ts';

/** Columns a terminal table can hold; the other formats carry every column of FACT_COLUMNS. */
const TABLE_COLUMNS = ['id', 'article_id', 'article_url', 'type', 'value', 'unit', 'text', 'sentence', 'start', 'end', 'confidence', 'status', 'source_link', 'qualifier', 'period'];
const GROUP_TABLE_COLUMNS = ['group_id', 'type', 'value', 'unit', 'period', 'subject', 'partner', 'source_count', 'conflict', 'sentence', 'source_link', 'origin_count'];

export interface FilterOptions {
  status?: string;
  type?: string;
  country?: string;
  company?: string;
  metric?: string;
  search?: string;
  from?: string;
  to?: string;
  publishedFrom?: string;
  publishedTo?: string;
  min?: string;
  max?: string;
  feed?: string;
  conflict?: boolean;
}

/** The fact filters shared by `facts` and `series` (the same names as the HTTP API's query string). */
export function addFilterOptions(command: Command): Command {
  return command
    .addOption(new Option('--status <status>', 'which facts (trusted = approved + auto-accepted)').choices(['trusted', 'approved', 'auto-accepted', 'pending', 'rejected', 'retired', 'all']).default('trusted'))
    .option('--type <types>', 'fact type(s), comma-separated: tonnage, percentage, date, company, country, money')
    .option('--country <code>', 'ISO alpha-2 code (CN) or a country name seen in the text')
    .option('--company <name>', 'company name, alias or the start of its name')
    .option('--metric <words>', 'what the figure measures, as stored ("magnet exports")')
    .option('--search <words>', 'full text: every word in the sentence or the article title')
    .option('--from <period>', 'period mentioned overlaps from this date/period (2025, 2025-09, 2025-Q3)')
    .option('--to <period>', 'period mentioned overlaps up to this date/period')
    .option('--published-from <date>', 'article published on or after this date')
    .option('--published-to <date>', 'article published on or before this date')
    .option('--min <value>', 'value at least')
    .option('--max <value>', 'value at most')
    .option('--feed <id|url>', 'articles listed by this feed')
    .option('--conflict', 'only figures that other sources contradict');
}

/** Validates the options with the API's schema, so the CLI and HTTP accept and reject the same input. */
export function filterQuery(opts: FilterOptions): FactQuery {
  const params = FactFilterParams.safeParse({
    status: opts.status,
    type: opts.type,
    country: opts.country,
    company: opts.company,
    metric: opts.metric,
    search: opts.search,
    from: opts.from,
    to: opts.to,
    published_from: opts.publishedFrom,
    published_to: opts.publishedTo,
    min: opts.min,
    max: opts.max,
    feed: opts.feed,
    conflict: opts.conflict ? 'true' : undefined,
  });
  if (!params.success) {
    const issue = params.error.issues[0];
    const name = String(issue?.path[0] ?? '').replace(/_/g, '-');
    throw new UserError(`--${name}: ${issue?.message ?? 'invalid value'}`, 2);
  }
  return factQueryFromParams(params.data);
}

export function asUserError(error: unknown): unknown {
  return error instanceof InvalidFilterError ? new UserError(error.message, 2) : error;
}

/** The store, read-only and without a migration check: queries start at once and never write. */
export function openStore(path: string) {
  try {
    return openReader(path);
  } catch (error) {
    throw error instanceof StoreMissingError ? new UserError(error.message) : error;
  }
}

export function factsCommand(): Command {
  return addFilterOptions(new Command('facts').description('list stored facts (default: approved and auto-accepted); streams any number of rows'))
    .addOption(formatOption())
    .option('--group', 'one row per corroborated figure, with its source count and conflicts')
    .option('--limit <n>', 'stop after n rows')
    .action(async (opts: FilterOptions & { format?: string; group?: boolean; limit?: string }) => {
      const query = filterQuery(opts);
      const limit = opts.limit === undefined ? Infinity : positiveWholeNumber(opts.limit);
      if (limit === undefined) throw new UserError('--limit expects a positive whole number', 2);
      const format = resolveFormat(opts.format);
      const store = openStore(config().dbPath);
      try {
        const rows: AsyncIterable<object> = opts.group ? iterateGroups(store.db, query) : iterateFacts(store, query);
        const columns = opts.group ? (format === 'table' ? GROUP_TABLE_COLUMNS : GROUP_COLUMNS) : format === 'table' ? TABLE_COLUMNS : FACT_COLUMNS;
        const progress = progressBesideOutput({ verb: 'exported', unit: opts.group ? 'figures' : 'facts' }, { buffered: format === 'table' });
        await writeRecords(countedRows(take(rows, limit), progress), format, columns, process.stdout);
      } catch (error) {
        throw asUserError(error);
      } finally {
        await store.close();
      }
    });
}

/** What z.coerce.number().int().positive() accepts, without building a schema on every start (the limit is checked once). */
function positiveWholeNumber(text: string): number | undefined {
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

async function* take<T>(rows: AsyncIterable<T>, limit: number): AsyncGenerator<T> {
  if (limit <= 0) return;
  let n = 0;
  for await (const row of rows) {
    yield row;
    if (++n >= limit) return;
  }
}
