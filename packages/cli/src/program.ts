import { ConfigError } from '@newsfacts/config';
import { Command, CommanderError } from 'commander';
import { type CommandEntry, COMMANDS } from './command-table.ts';
import { UserError } from './commands/shared.ts';
import { RedisUnavailableError } from './runtime/redis-unavailable.error.ts';
import { PROGRAM_DESCRIPTION } from './top-level-help.ts';

/** The commander program with the requested command only (every command when none matches, for errors and `help X`). */
export async function buildProgram(argv: readonly string[] = process.argv, commands: Record<string, CommandEntry> = COMMANDS): Promise<Command> {
  const program = new Command('newsfacts').description(PROGRAM_DESCRIPTION).showHelpAfterError().exitOverride();
  const requested = argv[2];
  const entries = requested && commands[requested] ? [commands[requested]] : Object.values(commands);
  for (const entry of entries) for (const command of await entry.load()) program.addCommand(command);
  return program;
}

export async function runProgram(argv: readonly string[]): Promise<void> {
  try {
    await (await buildProgram(argv)).parseAsync(argv as string[]);
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
