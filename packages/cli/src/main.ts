#!/usr/bin/env node
import { COMMANDS } from './command-table.ts';
import { topLevelHelp, wantsTopLevelHelp } from './top-level-help.ts';

// The list of commands comes from a static table: `newsfacts --help` loads no command module,
// not even commander. Anything else loads the program and the one command it names.
if (wantsTopLevelHelp(process.argv.slice(2))) process.stdout.write(topLevelHelp(COMMANDS));
else await (await import('./program.ts')).runProgram(process.argv);
