/**
 * Latin letters without their accents ("marco" for "março"), as careless or keyboard-limited writing
 * has them. Cyrillic й and ё stay as they are: they are letters of their own, not accented ones.
 */
export function stripDiacritics(s: string): string {
  return s.replace(/\p{Script=Latin}/gu, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
}
