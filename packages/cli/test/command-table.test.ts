import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/command-table.ts';
import { topLevelHelp, wantsTopLevelHelp } from '../src/top-level-help.ts';

describe('the static command table behind `newsfacts --help`', () => {
  it('names each command as its module does, with the same description', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const [command] = await entry.load();
      expect(command?.name()).toBe(name);
      expect(command?.description()).toBe(entry.summary);
      // A command with options says so in the table, as commander's own help would.
      expect(entry.usage.includes('[options]')).toBe(command!.options.length > 0);
    }
  }, 60_000);

  it('lists every command with its summary, wrapped within the width', () => {
    const help = topLevelHelp(COMMANDS, 80);
    for (const name of Object.keys(COMMANDS)) expect(help).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(help.split('\n').every((line) => line.length <= 80)).toBe(true);
    expect(help.replace(/\s+/g, ' ')).toContain('list stored facts (default: approved and auto-accepted); streams any number of rows');
  });

  it('answers only a bare call or a lone help flag from the table', () => {
    expect(wantsTopLevelHelp([])).toBe(true);
    expect(wantsTopLevelHelp(['--help'])).toBe(true);
    expect(wantsTopLevelHelp(['facts', '--help'])).toBe(false);
    expect(wantsTopLevelHelp(['facts'])).toBe(false);
  });
});
