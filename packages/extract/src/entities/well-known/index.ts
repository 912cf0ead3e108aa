import * as americas from './americas.ts';
import * as asiaPacific from './asia-pacific.ts';
import * as europe from './europe.ts';

/**
 * The well-known companies of the region and sector files. A region's `AMBIGUOUS` names are companies
 * too, but ones that need a cue of their own in the text.
 */
const PARTS: readonly { NAMES: readonly string[]; AMBIGUOUS: readonly string[] }[] = [americas, europe, asiaPacific];

export const MORE_COMPANIES: readonly string[] = PARTS.flatMap((p) => [...p.NAMES, ...p.AMBIGUOUS]);

export const MORE_AMBIGUOUS: readonly string[] = PARTS.flatMap((p) => p.AMBIGUOUS);
