#!/usr/bin/env node
// The installed `newsfacts` command runs the built CLI (`pnpm build`; `pnpm install` runs it).
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('newsfacts: the CLI is not built; run `pnpm build` (or `pnpm install`) in the repository\n');
  process.exit(1);
}
await import(main.href);
