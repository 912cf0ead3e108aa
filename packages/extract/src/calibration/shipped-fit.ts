import { CalibrationFit } from '@newsfacts/core';
import data from './shipped-fit.json' with { type: 'json' };

/**
 * The fit shipped with the extractor (written by `pnpm calibrate:fit` from the development split of
 * the facts benchmark); the pipeline uses a newer one stored by `newsfacts calibrate` when there is one.
 */
export const SHIPPED_FIT: CalibrationFit = CalibrationFit.parse(data);
