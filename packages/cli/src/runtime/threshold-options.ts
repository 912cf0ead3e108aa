import type { Config } from '@newsfacts/config';
import { SHIPPED_FIT } from '@newsfacts/extract';
import type { ReviewThresholdOptions } from '@newsfacts/store';

/** How the store decides between auto-accepting and reviewing, from the configuration. */
export function thresholdOptions(config: Pick<Config, 'reviewThreshold' | 'autoAcceptPrecision'>): ReviewThresholdOptions {
  return { reviewThreshold: config.reviewThreshold, autoAcceptPrecision: config.autoAcceptPrecision, defaultFit: SHIPPED_FIT };
}
