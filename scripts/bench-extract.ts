/**
 * pnpm bench:extract — recognizer pass rates on ../shared/bench/recognizers/*.jsonl (per category, with
 * the failing case ids) and the speed of the whole extractor in words per second on one core.
 *
 * NEWSFACTS_BENCH_DIR overrides the bench folder (default: ../shared/bench next to the repository).
 * Matching rules are documented in scripts/bench-extract/compare.ts.
 */
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, loadSuites, type BenchCase } from './bench-extract/bench-data.ts';
import { runCase } from './bench-extract/run-case.ts';
import { measureSpeed } from './bench-extract/speed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

function report(name: string, cases: BenchCase[]): { passed: number; total: number } {
  const failed: string[] = [];
  for (const c of cases) {
    const r = runCase(c);
    if (!r.pass) failed.push(verbose ? `${c.id}  ${JSON.stringify(c.input).slice(0, 90)}  ${r.why}` : c.id);
  }
  const passed = cases.length - failed.length;
  const pct = cases.length ? (100 * passed) / cases.length : 0;
  console.log(`${name.padEnd(14)} ${String(passed).padStart(5)}/${String(cases.length).padEnd(5)} ${pct.toFixed(1).padStart(5)}%`);
  if (failed.length) console.log(`  failing: ${verbose ? `\n    ${failed.join('\n    ')}` : failed.join(' ')}`);
  return { passed, total: cases.length };
}

function main(): void {
  const dir = benchDir(root);
  const suites = loadSuites(dir);
  if (!suites) {
    console.error(`bench data not found in ${dir} (expected recognizers/*.jsonl); set NEWSFACTS_BENCH_DIR to the shared bench folder`);
  } else {
    console.log(`recognizer pass rates (${dir})`);
    const order = ['percent', 'weight', 'number', 'date', 'news_authored'];
    const names = [...order.filter((n) => suites.has(n)), ...[...suites.keys()].filter((n) => !order.includes(n))];
    for (const name of names) report(name, suites.get(name)!);
  }
  const speed = measureSpeed(root);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\nspeed: extractFacts on ${speed.source} (${fmt(speed.words)} words, ${speed.facts} facts per pass)`);
  console.log(`  words/s per core (CPU time, 7 one-second windows): median ${fmt(speed.median)}, best ${fmt(speed.best)}, worst ${fmt(speed.windows[0] ?? 0)}`);
  console.log(`  (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores while measuring)`);
}
main();
