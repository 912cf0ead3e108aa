#!/usr/bin/env node
// The installed `newsfacts` command runs the built CLI (`pnpm build`; `pnpm install` runs it).
// A first argument naming a command runs that command's own bundle (one file, only its code);
// anything else (top-level help, an unknown command, `help X`) runs the whole CLI. A command built
// as a classic script as well (the query commands) runs that, compiled with a V8 code cache.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('newsfacts: the CLI is not built; run `pnpm build` (or `pnpm install`) in the repository\n');
  process.exit(1);
}
const name = process.argv[2] ?? '';
const known = /^[a-z][a-z-]*$/.test(name);
const script = known ? new URL(`../dist/command-${name}.script.js`, import.meta.url) : null;
const command = known ? new URL(`../dist/command-${name}.js`, import.meta.url) : null;
if (script && existsSync(script)) (await import('./code-cache.js')).runWithCodeCache(fileURLToPath(script));
else await import((command && existsSync(command) ? command : main).href);
