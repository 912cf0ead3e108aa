import { listFacts, openDb, type StatusFilter } from '@newsfacts/store';
import { Command, Option } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { config, formatOption, resolveFormat } from './shared.ts';

const COLUMNS = ['id', 'article_id', 'article_url', 'type', 'value', 'unit', 'text', 'sentence', 'start', 'end', 'confidence', 'status', 'source_link'] as const;

export function factsCommand(): Command {
  return new Command('facts')
    .description('list stored facts (default: approved and auto-accepted)')
    .addOption(formatOption())
    .addOption(new Option('--status <status>', 'which facts').choices(['trusted', 'approved', 'auto-accepted', 'pending', 'rejected', 'retired', 'all']).default('trusted'))
    .addOption(new Option('--type <type>', 'only this fact type').choices(['tonnage', 'percentage', 'date', 'company', 'country', 'money']))
    .action(async (opts: { format?: string; status: StatusFilter; type?: string }) => {
      const store = await openDb(config().dbPath);
      try {
        const facts = await listFacts(store.db, { status: opts.status, type: opts.type });
        await writeRecords(facts, resolveFormat(opts.format), COLUMNS, process.stdout);
      } finally {
        await store.close();
      }
    });
}
