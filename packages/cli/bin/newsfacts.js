#!/usr/bin/env node
// The installed `newsfacts` command runs the built CLI (`pnpm build`; `pnpm install` runs it).
// A first argument naming a command runs that command's own bundle (one file, only its code);
// anything else (top-level help, an unknown command, `help X`) runs the whole CLI.
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('newsfacts: the CLI is not built; run `pnpm build` (or `pnpm install`) in the repository\n');
  process.exit(1);
}
const name = process.argv[2] ?? '';
const command = /^[a-z][a-z-]*$/.test(name) ? new URL(`../dist/command-${name}.js`, import.meta.url) : null;
await import((command && existsSync(command) ? command : main).href);
