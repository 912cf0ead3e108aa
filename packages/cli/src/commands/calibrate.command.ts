import { formatReliability, formatThresholdTradeOff } from '@newsfacts/extract';
import { openDb } from '@newsfacts/store';
import { Command } from 'commander';
import { refitFromReviews, type RefitReport } from '../calibration/refit-from-reviews.ts';
import { config } from './shared.ts';

const f3 = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '-');

function printReport(r: RefitReport): void {
  const out: string[] = [];
  out.push(`calibration fit ${r.version} from ${r.labelled} reviewer decision(s) (${r.wrong} wrong), shipped fit as prior; in use until now: ${r.previousVersion}`);
  out.push('', 'reviewed facts, confidence as stored:', ...formatReliability(r.before));
  out.push('', 'reviewed facts, new fit (in-sample: these decisions trained it):', ...formatReliability(r.after));
  if (r.labelled > 0) out.push('', 'reviewed facts, each scored by a refit on the other articles\' reviews (out of sample):', ...formatReliability(r.outOfSample));
  const how = r.target != null ? `lowest whose lower bound on precision meets ${r.target} (NEWSFACTS_AUTO_ACCEPT_PRECISION)` : 'NEWSFACTS_REVIEW_THRESHOLD';
  out.push('', `threshold ${r.threshold.toFixed(3)} (${how}; was ${r.thresholdBefore.toFixed(3)})`);
  if (r.expected) out.push(`expected at this threshold, from ${r.expected.labelled} labelled facts scored out of sample (shipped set and reviews): precision ${f3(r.expected.precision)} (lower bound ${f3(r.expected.precisionLow)}), review share ${f3(r.expected.reviewShare)}`);
  else out.push(`expected at this threshold: no labelled evidence (${r.threshold >= 1 ? 'the target cannot be met: every fact goes to review' : 'threshold outside the table'})`);
  out.push('what other thresholds would give (labelled facts scored out of sample; review share over the stored facts):', ...formatThresholdTradeOff(r.fit.thresholds).map((l) => `  ${l}`));
  out.push(`stored facts under the new fit: ${r.population.facts}, estimated auto-accept precision ${f3(r.population.estimatedPrecision)}, review share ${f3(r.population.reviewShare)}`);
  if (r.moved.length) out.push('cues that moved most:', ...r.moved.map((m) => `  ${m.from.toFixed(2).padStart(6)} -> ${m.to.toFixed(2).padStart(6)}  ${m.cue}`));
  out.push(r.stored ? `stored as the newest fit: new and re-extracted facts use it` : 'dry run: nothing stored');
  if (r.rescored) out.push(`re-scored ${r.rescored.rescored} stored fact(s): ${r.rescored.accepted} auto-accepted, ${r.rescored.pending} pending`);
  process.stdout.write(out.join('\n') + '\n');
}

export function calibrateCommand(): Command {
  return new Command('calibrate')
    .description('refit confidence calibration from reviewer decisions (shipped fit as prior), print the reliability table, store the fit')
    .option('--dry-run', 'print what the refit gives, store nothing')
    .option('--rescore', 're-score stored facts with the new fit (reviewer decisions are kept)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { dryRun?: boolean; rescore?: boolean; json?: boolean }) => {
      const store = await openDb(config().dbPath);
      try {
        const report = await refitFromReviews(store, {
          dryRun: opts.dryRun === true,
          rescore: opts.rescore === true,
          reviewThreshold: config().reviewThreshold,
          autoAcceptPrecision: config().autoAcceptPrecision,
        });
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else printReport(report);
      } finally {
        await store.close();
      }
    });
}
