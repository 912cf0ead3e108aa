import { type Config, loadConfig } from '@newsfacts/config';
import { Option } from 'commander';
import { FORMATS, type OutputFormat, defaultFormat } from '../output/write-records.ts';

export const formatOption = () => new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS as unknown as string[]);

export function resolveFormat(value: string | undefined): OutputFormat {
  return (value as OutputFormat | undefined) ?? defaultFormat(process.stdout);
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}

/** An error the user can act on: printed without a stack trace, exit code 1 (2 for usage errors). */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export function parseId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`not a feed id: ${value}`, 2);
  return n;
}
