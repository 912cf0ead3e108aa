import { SeriesBy } from '@newsfacts/core';
import { querySeries, SERIES_COLUMNS } from '@newsfacts/store';
import { Command, Option } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { addFilterOptions, asUserError, type FilterOptions, filterQuery, openStore } from './facts.command.ts';
import { config, formatOption, resolveFormat } from './shared.ts';

/** e.g. `newsfacts series --type tonnage --country CN --search "magnet exports" --by month` */
export function seriesCommand(): Command {
  return addFilterOptions(new Command('series').description('one value per period (the best-sourced figure) with its sources and conflicts'))
    .addOption(new Option('--by <resolution>', 'period resolution; figures reported at that resolution only').choices(SeriesBy.options).default('month'))
    .addOption(formatOption())
    .action(async (opts: FilterOptions & { by: SeriesBy; format?: string }) => {
      const query = filterQuery(opts);
      const store = openStore(config().dbPath);
      try {
        const points = await querySeries(store.db, query, opts.by);
        await writeRecords(points, resolveFormat(opts.format), SERIES_COLUMNS, process.stdout);
      } catch (error) {
        throw asUserError(error);
      } finally {
        await store.close();
      }
    });
}
