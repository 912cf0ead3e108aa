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

