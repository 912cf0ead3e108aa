import { thresholdForPrecision, type CalibrationFit } from '../../packages/core/src/index.ts';

const f3 = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '  -  ' : n.toFixed(3));

/** For each target precision: the threshold the fit picks and what its table expects there (the trade-off an operator chooses from). */
export function formatThresholdChoices(fit: CalibrationFit, targets: readonly number[]): string[] {
  const lines = ['target  threshold  expected precision (lower bound)  review share  labelled accepted'];
  for (const target of targets) {
    const t = thresholdForPrecision(fit, target);
    const row = fit.thresholds.find((r) => r.threshold === t);
    lines.push(`${target.toFixed(3)}   ${t.toFixed(3).padStart(8)}  ${f3(row?.precision).padStart(18)} (${f3(row?.precisionLow)})  ${f3(row ? row.reviewShare : 1).padStart(19)}  ${String(row?.accepted ?? 0).padStart(17)}`);
  }
  return lines;
}

/** The trade-off itself: for a spread of thresholds, what the table expects (precision, its lower bound, review share). */
export function formatTradeOff(fit: CalibrationFit, steps: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99]): string[] {
  const lines = ['threshold  precision  lower bound  review share  labelled accepted (evidence)'];
  for (const t of steps) {
    const r = fit.thresholds.find((x) => Math.abs(x.threshold - t) < 1e-9);
    if (!r) continue;
    lines.push(`${t.toFixed(3).padStart(9)}  ${f3(r.precision).padStart(9)}  ${f3(r.precisionLow).padStart(11)}  ${f3(r.reviewShare).padStart(12)}  ${String(r.accepted ?? 0).padStart(17)} (${(r.evidence ?? 0).toFixed(0)})`);
  }
  return lines;
}
