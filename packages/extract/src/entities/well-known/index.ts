import * as americas from './americas.ts';
import * as asiaPacific from './asia-pacific.ts';
import * as europe from './europe.ts';
import * as middleEastAfrica from './middle-east-africa.ts';
import * as sectors from './sectors.ts';
import * as namesakes from './namesakes.ts';

/**
 * The well-known companies of the region and sector files. A region's `AMBIGUOUS` names are companies
 * too, but ones that need a cue of their own in the text.
 */
const PARTS: readonly { NAMES: readonly string[]; AMBIGUOUS: readonly string[] }[] = [americas, europe, asiaPacific, middleEastAfrica, sectors, namesakes];

export const MORE_COMPANIES: readonly string[] = PARTS.flatMap((p) => [...p.NAMES, ...p.AMBIGUOUS]);

// "Portillo's", "Denny's": one word and a possessive is a person's name as often as the chain named after one
const POSSESSIVE_OF_ONE_WORD = /^[^\s]+['’]s$/;

export const MORE_AMBIGUOUS: readonly string[] = PARTS.flatMap((p) => [...p.AMBIGUOUS, ...p.NAMES.filter((n) => POSSESSIVE_OF_ONE_WORD.test(n))]);
