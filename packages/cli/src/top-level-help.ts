import type { CommandEntry } from './command-table.ts';

export const PROGRAM_DESCRIPTION = 'turn news articles into structured, sourced facts';

/** True when argv asks for the list of commands and nothing else: no command module needs to load. */
export function wantsTopLevelHelp(args: readonly string[]): boolean {
  return args.length === 0 || (args.length === 1 && (args[0] === '--help' || args[0] === '-h' || args[0] === 'help'));
}

/** `newsfacts --help`, laid out like the per-command help (names in a column, summaries wrapped). */
export function topLevelHelp(commands: Record<string, CommandEntry>, width = 80): string {
  const rows = Object.entries(commands).map(([name, entry]) => [entry.usage ? `${name} ${entry.usage}` : name, entry.summary] as const);
  rows.push(['help [command]', 'display help for command']);
  const column = Math.max(...rows.map(([term]) => term.length)) + 2;
  const lines = rows.flatMap(([term, summary]) => wrap(summary, Math.max(width - column - 2, 20)).map((line, i) => `  ${(i === 0 ? term : '').padEnd(column)}${line}`));
  return ['Usage: newsfacts [options] [command]', '', PROGRAM_DESCRIPTION, '', 'Options:', `  ${'-h, --help'.padEnd(column)}display help for command`, '', 'Commands:', ...lines, ''].join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
