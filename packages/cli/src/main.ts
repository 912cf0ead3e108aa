#!/usr/bin/env node
import { ConfigError } from '@newsfacts/config';
import { Command, CommanderError } from 'commander';
import { articlesCommand } from './commands/articles.command.ts';
import { demoCommand } from './commands/demo.command.ts';
import { extractCommand } from './commands/extract.command.ts';
import { factsCommand } from './commands/facts.command.ts';
import { feedsCommand } from './commands/feeds.command.ts';
import { runCommand, workerCommand } from './commands/run.command.ts';
import { UserError } from './commands/shared.ts';
import { RedisUnavailableError } from './runtime/ensure-redis.ts';

export function buildProgram(): Command {
  const program = new Command('newsfacts')
    .description('turn news articles into structured, sourced facts')
    .showHelpAfterError()
    .exitOverride();
  for (const command of [feedsCommand(), runCommand(), workerCommand(), articlesCommand(), factsCommand(), extractCommand(), demoCommand()]) {
    program.addCommand(command);
  }
  return program;
}

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
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
