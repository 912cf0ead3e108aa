/**
 * The oblique forms of a multi-word name from each word's case forms (five cases, in one order per
 * language; null for a word that does not decline), each word keeping the capital it has in the
 * nominative. The name itself is left out.
 */
export function declinedName(name: string, written: readonly string[], forms: ReadonlyArray<readonly string[] | null>): string[] {
  if (forms.every((f) => f === null)) return [];
  const cased = (form: string, as: string): string => (as[0] !== as[0]!.toLowerCase() ? form[0]!.toUpperCase() + form.slice(1) : form);
  const out = new Set<string>();
  for (let c = 0; c < 5; c++) out.add(written.map((w, k) => (forms[k] ? cased(forms[k]![c]!, w) : w)).join(' '));
  out.delete(name);
  return [...out];
}
