/**
 * pnpm calibrate:fit — fits the calibration shipped with the extractor on the development split of the
 * facts benchmark only (the test split stays held out for bench:facts), and writes
 * packages/extract/src/calibration/shipped-fit.json. Deterministic: same gold and code, same file.
 *
 * The regularization is chosen by leave-one-site-out cross-validation on the development split, so the
 * figures printed here are out-of-site estimates, not in-sample ones.
 * Options: --dry-run (print, write nothing). NEWSFACTS_BENCH_DIR overrides ../shared/bench.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibratedConfidence, type CalibrationFit } from '../packages/core/src/index.ts';
import { fitLogistic, formatReliability, reliability, thresholdTable } from '../packages/extract/src/index.ts';
import { labelledFacts, type SiteLabelled } from './calibrate/labelled-facts.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'packages/extract/src/calibration/shipped-fit.json');
const GRID = [1, 3, 10].flatMap((l2) => [5, 10].map((minCount) => ({ l2, minCount })));

/**
 * The rules' own scores are the prior: every weight is pulled towards confidence = raw score, so a
 * reason the development split never shows (a date resolved without a publication date) keeps the
 * doubt its rule expressed, and only what the data shows moves.
 */
const IDENTITY = { intercept: 0, rawWeight: 1, weights: {} };

function asFit(w: ReturnType<typeof fitLogistic>): CalibrationFit {
  return { version: 'cv', source: 'cv', ...w, thresholds: [] };
}

/** Out-of-site predictions: each site's facts scored by a fit on the other sites. */
function crossValidated(data: SiteLabelled[], params: { l2: number; minCount: number }): { confidence: number; right: boolean }[] {
  const sites = [...new Set(data.map((d) => d.site))].sort();
  const folds = 6;
  const scored: { confidence: number; right: boolean }[] = [];
  for (let k = 0; k < folds; k++) {
    const held = new Set(sites.filter((_, i) => i % folds === k));
    const fit = asFit(fitLogistic(data.filter((d) => !held.has(d.site)), { ...params, prior: IDENTITY }));
    for (const d of data) if (held.has(d.site)) scored.push({ confidence: calibratedConfidence(fit, d.raw, d.cues), right: d.right });
  }
  return scored;
}

function logLoss(xs: { confidence: number; right: boolean }[]): number {
  return -xs.reduce((s, x) => s + Math.log(Math.min(1 - 1e-6, Math.max(1e-6, x.right ? x.confidence : 1 - x.confidence))), 0) / xs.length;
}

function main(): void {
  let data: SiteLabelled[];
  try {
    data = labelledFacts(root, 'dev');
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  console.log(`calibrate:fit: ${data.length} labelled facts of the development split (${data.filter((d) => !d.right).length} wrong)`);
  let best = { ...GRID[0]!, loss: Infinity };
  for (const params of GRID) {
    const cv = crossValidated(data, params);
    const loss = logLoss(cv);
    const r = reliability(cv, 0.9);
    console.log(`l2 ${String(params.l2).padStart(3)}, cues seen ${String(params.minCount).padStart(2)}+ times: out-of-site log loss ${loss.toFixed(4)}, ECE ${r.ece.toFixed(3)}, at 0.9 precision ${r.acceptedPrecision.toFixed(3)} reviewing ${r.reviewShare.toFixed(3)}`);
    if (loss < best.loss) best = { ...params, loss };
  }
  const weights = fitLogistic(data, { ...best, prior: IDENTITY });
  const probe: CalibrationFit = { version: '', source: '', ...weights, thresholds: [] };
  const thresholds = thresholdTable(data.map((d) => calibratedConfidence(probe, d.raw, d.cues)));
  const body = { ...weights, thresholds };
  const version = `shipped-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 10)}`;
  const fit: CalibrationFit = { version, source: `development split of the facts benchmark: ${data.length} facts, l2 ${best.l2}`, ...body };
  console.log(`\nchosen l2 ${best.l2}, cues seen ${best.minCount}+ times; out-of-site reliability on the development split:`);
  for (const line of formatReliability(reliability(crossValidated(data, best), 0.9))) console.log(line);
  console.log('\nlargest weights:');
  for (const [c, w] of Object.entries(fit.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 15)) console.log(`  ${w.toFixed(3).padStart(7)}  ${c}`);
  console.log(`  intercept ${fit.intercept}, logit(raw) ${fit.rawWeight}`);
  if (process.argv.includes('--dry-run')) return;
  writeFileSync(out, JSON.stringify(fit, null, 2) + '\n');
  console.log(`\nwrote ${out} (${version})`);
}
main();
