/**
 * `pnpm bench`: every benchmark in turn, each in its own process so one failing or missing data
 * set does not hide the others' figures. Pass `--quick` for smaller generated data sets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const benches: { name: string; script: string; args: string[] }[] = [
  { name: 'clean', script: 'scripts/bench-clean.ts', args: [] },
  { name: 'extract', script: 'scripts/bench-extract.ts', args: [] },
  { name: 'store', script: 'scripts/bench-store.ts', args: quick ? ['--facts', '100000'] : [] },
  { name: 'feeds', script: 'scripts/bench-feeds.ts', args: [] },
  { name: 'review', script: 'scripts/bench-review.ts', args: [] },
  { name: 'e2e', script: 'scripts/bench-e2e.ts', args: quick ? ['--articles', '300'] : [] },
];

const results: [string, string][] = [];
for (const bench of benches) {
  if (!existsSync(`${root}${bench.script}`)) {
    results.push([bench.name, 'not present']);
    continue;
  }
  process.stdout.write(`\n=== bench:${bench.name} ===\n`);
  const run = spawnSync(`${root}node_modules/.bin/tsx`, [bench.script, ...bench.args], { cwd: root, stdio: 'inherit' });
  results.push([bench.name, run.status === 0 ? 'ok' : `exit ${run.status ?? run.signal}`]);
}
process.stdout.write(`\n${results.map(([n, s]) => `bench:${n.padEnd(8)} ${s}`).join('\n')}\n`);
process.exitCode = results.some(([, s]) => s.startsWith('exit')) ? 1 : 0;
