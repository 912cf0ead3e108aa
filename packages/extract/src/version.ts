/** Bump whenever extractFacts' output can change for the same input, so stored articles are re-extracted. */
export const EXTRACTOR_VERSION = 'extract-1.8.0';
