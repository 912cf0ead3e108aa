import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { ImportFormatError, parseEntityCsv, parseWikidataJson } from '@newsfacts/entities';
import {
  ENTITY_COLUMNS, EntityDecisionError, type EntityRecord, importEntities, listEntities, listUnresolved, mergeEntities, openDb, relinkCompanies, renameEntity,
  splitAlias, type Store,
} from '@newsfacts/store';
import { Command, Option } from 'commander';
import { writeRecords } from '../output/write-records.ts';
import { UserError, config, formatOption, resolveFormat } from './shared.ts';

const reviewerOption = () => new Option('--reviewer <name>', 'who decides, as recorded in the audit').default(`cli:${safeUser()}`);
const reasonOption = () => new Option('--reason <text>', 'why, kept with the decision');

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function entityId(value: string): number {
  const n = Number(value.replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`not an entity id: ${value}`, 2);
  return n;
}

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openDb(config().dbPath);
  try {
    return await fn(store);
  } catch (error) {
    if (error instanceof EntityDecisionError || error instanceof ImportFormatError) throw new UserError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

/** Aliases as a list in JSON, joined by "|" where a cell holds them (as the import CSV writes them). */
function forFormat(rows: EntityRecord[], format: string) {
  return format === 'json' || format === 'ndjson' ? rows : rows.map((r) => ({ ...r, aliases: r.aliases.join(' | ') }));
}

/** e.g. `newsfacts entities --search lynas`, `newsfacts entities merge 12 7` */
export function entitiesCommand(): Command {
  const entities = new Command('entities')
    .description('companies (and countries) the facts name, with aliases, identifiers and counts; reviewer decisions on them')
    .enablePositionalOptions()
    .option('--search <text>', 'part of a name, alias or ticker')
    .addOption(new Option('--kind <kind>', 'which entities').choices(['company', 'country', 'all']).default('company'))
    .option('--limit <n>', 'at most this many rows', (v) => Number(v))
    .addOption(formatOption())
    .action(async (opts: { search?: string; kind: 'company' | 'country' | 'all'; limit?: number; format?: string }) => {
      const format = resolveFormat(opts.format);
      const rows = await withStore((s) => listEntities(s.db, { search: opts.search, kind: opts.kind, limit: opts.limit }));
      await writeRecords(forFormat(rows, format), format, format === 'table' ? ['id', 'name', 'aliases', 'ticker', 'article_count', 'fact_count'] : ENTITY_COLUMNS, process.stdout);
    });

  entities
    .command('import')
    .description('load a knowledge base: CSV (name,aliases,ids,parent) or Wikidata entity JSON; then re-resolves stored facts')
    .argument('<file>', 'a .csv file, or .json in Wikidata\'s entity format')
    .addOption(new Option('--as <format>', 'file format (default: from the extension)').choices(['csv', 'wikidata']))
    .option('--no-relink', 'only load the entities; run `entities relink` later')
    .addOption(reviewerOption())
    .action(async (file: string, opts: { as?: string; relink: boolean; reviewer: string }) => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UserError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const asJson = opts.as ? opts.as === 'wikidata' : /\.json$/i.test(file);
      await withStore(async (s) => {
        const list = asJson ? parseWikidataJson(text) : parseEntityCsv(text);
        const summary = await importEntities(s.db, list, { reviewer: opts.reviewer, source: file });
        process.stdout.write(`imported ${list.length} entities from ${file}: ${summary.created} new, ${summary.updated} updated, ${summary.aliasesAdded} aliases added, ${summary.parentsLinked} parents linked\n`);
        if (summary.unknownParents.length > 0) process.stdout.write(`parents not found: ${summary.unknownParents.join(', ')}\n`);
        if (opts.relink) await relink(s, opts.reviewer);
      });
    });

  entities
    .command('merge')
    .description('merge one entity into another: its facts, aliases and identifiers move over (audited)')
    .argument('<from>', 'id of the entity that goes away')
    .argument('<into>', 'id of the entity that stays')
    .addOption(reasonOption())
    .addOption(reviewerOption())
    .action(async (from: string, into: string, opts: { reason?: string; reviewer: string }) => {
      const r = await withStore((s) => mergeEntities(s.db, { fromId: entityId(from), intoId: entityId(into), reviewer: opts.reviewer, reason: opts.reason }));
      process.stdout.write(`merged #${r.otherEntityId} into #${r.entityId}: ${r.factsMoved} facts moved (decision ${r.decisionId})\n`);
    });

  entities
    .command('split')
    .description('split an alias off an entity into a new one, with the facts written that way (audited)')
    .argument('<id>', 'entity id')
    .argument('<alias>', 'one of its aliases')
    .option('--name <name>', 'canonical name of the new entity (default: the alias)')
    .addOption(reasonOption())
    .addOption(reviewerOption())
    .action(async (id: string, alias: string, opts: { name?: string; reason?: string; reviewer: string }) => {
      const r = await withStore((s) => splitAlias(s.db, { entityId: entityId(id), alias, name: opts.name, reviewer: opts.reviewer, reason: opts.reason }));
      process.stdout.write(`split "${alias}" off #${r.entityId} into #${r.otherEntityId}: ${r.factsMoved} facts moved (decision ${r.decisionId})\n`);
    });

  entities
    .command('rename')
    .description('set the canonical name; the old one stays an alias (audited)')
    .argument('<id>', 'entity id')
    .argument('<name>', 'the new canonical name')
    .addOption(reasonOption())
    .addOption(reviewerOption())
    .action(async (id: string, name: string, opts: { reason?: string; reviewer: string }) => {
      const r = await withStore((s) => renameEntity(s.db, { entityId: entityId(id), name, reviewer: opts.reviewer, reason: opts.reason }));
      process.stdout.write(`renamed #${r.entityId} to "${name}" (decision ${r.decisionId})\n`);
    });

  entities
    .command('unresolved')
    .description('company mentions left without an entity, with the reason and the candidates')
    .option('--limit <n>', 'at most this many rows', (v) => Number(v))
    .addOption(formatOption())
    .action(async (opts: { limit?: number; format?: string }) => {
      const format = resolveFormat(opts.format);
      const rows = await withStore((s) => listUnresolved(s.db, opts.limit));
      const out = format === 'json' || format === 'ndjson' ? rows : rows.map((r) => ({ ...r, candidates: r.candidates.map((c) => `#${c.id} ${c.name}`).join(' | ') }));
      await writeRecords(out, format, ['mention', 'reason', 'candidates', 'fact_count', 'article_count', 'example_fact_id'], process.stdout);
    });

  entities
    .command('relink')
    .description('resolve every stored company fact again (after an upgrade, an import or new rules); reviewer decisions are kept')
    .addOption(reviewerOption())
    .action(async (opts: { reviewer: string }) => {
      await withStore((s) => relink(s, opts.reviewer));
    });
  return entities;
}

async function relink(store: Store, reviewer: string): Promise<void> {
  const r = await relinkCompanies(store.db, { reviewer, onProgress: (done, total) => process.stderr.write(`\rrelinked ${done}/${total} articles`) });
  if (r.articles > 0) process.stderr.write('\n');
  process.stdout.write(`relinked ${r.companyFacts} company facts in ${r.articles} articles: ${r.resolved} resolved, ${r.unresolved} unresolved, ${r.entities} companies\n`);
}
