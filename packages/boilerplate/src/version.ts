/** Bumped whenever cleanHtml's output can change, so stored articles can be re-cleaned. */
export const BOILERPLATE_VERSION = '1.7.0';
