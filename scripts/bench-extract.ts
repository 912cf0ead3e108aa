/**
 * pnpm bench:extract — pass rates on ../shared/bench/recognizers/*.jsonl (per category, with the failing
 * case ids) on two paths: the recognizer path (each recognizer alone, with the bench's lenient matcher
 * and settings the pipeline does not use) and the production path (extractFacts as the pipeline runs
 * it, strict matcher: scripts/bench-extract/production-case.ts); then the speed of the whole extractor
 * in words per second on one core.
 *
 * NEWSFACTS_BENCH_DIR overrides the bench folder (default: ../shared/bench next to the repository).
 * Matching rules are documented in scripts/bench-extract/compare.ts.
 */
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, loadSuites, type BenchCase } from './bench-extract/bench-data.ts';
import { runProductionCase } from './bench-extract/production-case.ts';
import { runCase } from './bench-extract/run-case.ts';
import { measureSpeed } from './bench-extract/speed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');

function report(name: string, cases: BenchCase[]): void {
  const failed: string[] = [];
  const productionFailed: string[] = [];
  let productionCases = 0;
  for (const c of cases) {
    const r = runCase(c);
    if (!r.pass) failed.push(verbose ? `${c.id}  ${JSON.stringify(c.input).slice(0, 90)}  ${r.why}` : c.id);
    const p = runProductionCase(c);
    if (p === null) continue;
    productionCases++;
    if (!p.pass) productionFailed.push(verbose ? `${c.id}  ${JSON.stringify(c.input).slice(0, 90)}  ${p.why}` : c.id);
  }
  const rate = (bad: number, total: number) => (total ? `${String(total - bad).padStart(5)}/${String(total).padEnd(5)} ${((100 * (total - bad)) / total).toFixed(1).padStart(5)}%` : `${'n/a'.padStart(11)}       `);
  console.log(`${name.padEnd(14)} ${rate(failed.length, cases.length)}   ${rate(productionFailed.length, productionCases)}`);
  if (failed.length) console.log(`  recognizer path failing: ${verbose ? `\n    ${failed.join('\n    ')}` : failed.join(' ')}`);
  if (productionFailed.length) console.log(`  production path failing: ${verbose ? `\n    ${productionFailed.join('\n    ')}` : productionFailed.join(' ')}`);
}

function main(): void {
  const dir = benchDir(root);
  const suites = loadSuites(dir);
  if (!suites) {
    console.error(`bench data not found in ${dir} (expected recognizers/*.jsonl); set NEWSFACTS_BENCH_DIR to the shared bench folder`);
  } else {
    console.log(`pass rates (${dir})`);
    console.log(`${'suite'.padEnd(14)} ${'recognizer path'.padEnd(20)} production path, strict (n/a: the pipeline stores no such fact)`);
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
