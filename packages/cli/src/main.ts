#!/usr/bin/env node
import { ConfigError } from '@newsfacts/config';
import { Command, CommanderError } from 'commander';
import { UserError } from './commands/shared.ts';
import { RedisUnavailableError } from './runtime/ensure-redis.ts';

/**
 * Each command loads only its own module: `newsfacts facts` should not pay for cheerio, BullMQ and
 * the web server. The whole table is loaded for top-level help.
 */
const COMMANDS: Record<string, () => Promise<Command[]>> = {
  feeds: async () => [(await import('./commands/feeds.command.ts')).feedsCommand()],
  fetches: async () => [(await import('./commands/fetches.command.ts')).fetchesCommand()],
  jobs: async () => [(await import('./commands/jobs.command.ts')).jobsCommand()],
  run: async () => [(await import('./commands/run.command.ts')).runCommand()],
  worker: async () => [(await import('./commands/run.command.ts')).workerCommand()],
  articles: async () => [(await import('./commands/articles.command.ts')).articlesCommand()],
  facts: async () => [(await import('./commands/facts.command.ts')).factsCommand()],
  series: async () => [(await import('./commands/series.command.ts')).seriesCommand()],
  entities: async () => [(await import('./commands/entities.command.ts')).entitiesCommand()],
  reextract: async () => [(await import('./commands/reextract.command.ts')).reextractCommand()],
  extract: async () => [(await import('./commands/extract.command.ts')).extractCommand()],
  demo: async () => [(await import('./commands/demo.command.ts')).demoCommand()],
  serve: async () => [(await import('./commands/serve.command.ts')).serveCommand()],
  users: async () => [(await import('./commands/users.command.ts')).usersCommand()],
};

export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('newsfacts')
    .description('turn news articles into structured, sourced facts')
    .showHelpAfterError()
    .exitOverride();
  const requested = argv[2];
  const loaders = requested && COMMANDS[requested] ? [COMMANDS[requested]] : Object.values(COMMANDS);
  for (const load of loaders) for (const command of await load()) program.addCommand(command);
  return program;
}

async function main(): Promise<void> {
  try {
    await (await buildProgram()).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const known = error instanceof UserError || error instanceof ConfigError || error instanceof RedisUnavailableError;
    process.stderr.write(`newsfacts: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    process.exitCode = error instanceof UserError ? error.exitCode : 1;
  }
}

await main();
