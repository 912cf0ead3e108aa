/**
 * Legal forms that say how a company is registered, not which company it is: "Lynas Rare Earths Ltd"
 * and "Lynas Rare Earths Limited" are one name. Written as they read once points are removed.
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'ltd', 'limited', 'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'plc', 'llc', 'lp', 'llp', 'ag', 'sa', 'nv',
  'bv', 'se', 'gmbh', 'spa', 'pty', 'oyj', 'asa', 'ab', 'kk', 'tbk', 'bhd', 'sarl', 'sas', 'jsc', 'pjsc', 'ojsc', 'ooo', 'kgaa',
  'holdings', 'holding', 'group', 'and', 'nl', 'kg', 'ohg', 'oy', 'as', 'aps', 'sab', 'cv', 'de', 'saa', 'sac', 'ltda', 'srl',
  'sl', 'sro', 'pte', 'sdn', 'pcl', 'sae', 'sca', 'ulc',
  // more of the forms news writes (the extractor's list of legal forms keeps them in the name it reports)
  'pvt', 'private', 'berhad', 'publ', 'kft', 'zrt', 'nyrt', 'ead', 'eood', 'ood', 'doo', 'oao', 'zao', 'pao', 'cjsc', 'ou', 'ehf',
  'sgps', 'sapi', 'spzoo', 'sti', 'uab',
]);

/** Forms written in several pieces, glued into one word before the name is split ("Sp. z o.o." -> "spzoo", "A/S" -> "as"). */
const SPLIT_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\bsp\.?\s*z\s*o\.?\s*o\.?(?=$|[\s,;)])/gi, ' spzoo'],
  [/\bspol\.?\s*s\s*r\.?\s*o\.?(?=$|[\s,;)])/gi, ' sro'],
  [/\b(a)\/(s)\b/gi, '$1$2'],
];

function glueSplitForms(name: string): string {
  return SPLIT_FORMS.reduce((s, [re, to]) => s.replace(re, to), name);
}

/**
 * Legal forms written before the name in some countries ("PT Vale Indonesia Tbk", "PJSC MMC Norilsk
 * Nickel"), and "the": like trailing forms, they say nothing about which company it is.
 */
const LEADING_FORMS: ReadonlySet<string> = new Set(['the', 'pt', 'pjsc', 'ojsc', 'jsc', 'pao', 'oao', 'zao', 'ao']);

/** Letters folded to ASCII lower case, "&" read as "and", points of initials dropped ("N.V." -> "nv"). */
export function nameWords(name: string): string[] {
  const folded = glueSplitForms(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\b((?:[A-Za-z]\.){2,})/g, (m) => m.replace(/\./g, ''))
    .replace(/'s\b/gi, '')
    .replace(/&/g, ' and ')
    .toLowerCase();
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * The words that identify a company: its name without a leading "the" or legal form and without
 * trailing legal forms ("MP Materials Corp." -> ["mp", "materials"]). A name made only of legal
 * words keeps its last one.
 */
export function coreWords(name: string): string[] {
  const words = nameWords(name);
  let start = 0;
  while (words.length - start > 1 && LEADING_FORMS.has(words[start]!)) start++;
  let end = words.length;
  while (end - start > 1 && LEGAL_SUFFIXES.has(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** The key two spellings of one name share: core words joined by a space ("" for no words). */
export function nameKey(name: string): string {
  return coreWords(name).join(' ');
}

/**
 * A readable canonical form: the name as written, without the trailing legal forms that the key
 * drops ("Lynas Rare Earths Ltd" -> "Lynas Rare Earths"); punctuation inside the name is kept.
 */
export function displayName(name: string): string {
  const parts = glueSplitForms(name).trim().split(/\s+/);
  let end = parts.length;
  while (end > 1) {
    const words = nameWords(parts[end - 1]!);
    if (!words.every((w) => LEGAL_SUFFIXES.has(w))) break;
    end--;
  }
  return parts.slice(0, end).join(' ').replace(/[,;:]+$/, '');
}
