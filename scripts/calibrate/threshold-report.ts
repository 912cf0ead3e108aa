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


/** Predicted against observed per fact type, for out-of-sample scores (which types the fit over- or under-trusts). */
export function formatByType(cues: readonly (readonly string[])[], scored: readonly { confidence: number; right: boolean }[]): string[] {
  const byType = new Map<string, { n: number; conf: number; right: number }>();
  scored.forEach((s, i) => {
    const type = cues[i]!.find((c) => c.startsWith('type:')) ?? 'type:?';
    const t = byType.get(type) ?? { n: 0, conf: 0, right: 0 };
    t.n++;
    t.conf += s.confidence;
    t.right += s.right ? 1 : 0;
    byType.set(type, t);
  });
  const lines = ['type               facts  mean conf  observed right'];
  for (const [type, t] of [...byType].sort((a, b) => b[1].n - a[1].n)) lines.push(`${type.padEnd(17)} ${String(t.n).padStart(6)}  ${f3(t.conf / t.n).padStart(9)}  ${f3(t.right / t.n).padStart(14)}`);
  return lines;
}
