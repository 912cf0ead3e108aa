const NAME = String.raw`(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4})`;
// ", Name reported." closing a sentence, "Name news agency reported", "according to a report by Name":
// the figure is that outlet's, repeated here.
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`,\s+${NAME}\s+(?:newspaper\s+|news agency\s+|agency\s+)?(?:reported|has reported|reports)\b[^,;]{0,40}[.!]?\s*["”’]?\s*$`),
  // Mid-sentence "Name reported that …" is also how companies announce results: only a name that
  // calls itself a newspaper or an agency counts there.
  new RegExp(String.raw`${NAME}\s+(?:newspaper|news agency|agency|daily)\s+(?:reported|reports)\b`),
  new RegExp(String.raw`according to (?:a |an )?(?:report|story|article|dispatch) (?:by|from|in)\s+${NAME}`),
];

/** Words that open a clause but name no outlet ("Officials reported …", "It reported …"). */
const NOT_OUTLETS = new Set(['it', 'he', 'she', 'they', 'we', 'officials', 'analysts', 'traders', 'customs', 'data', 'police', 'authorities', 'this', 'that', 'company', 'government', 'ministry']);

/**
 * The outlet a sentence says first reported what it states, or null: "…, Argus reported" makes the
 * figure Argus's, however many sites then repeat this sentence.
 */
export function reportedBy(sentence: string): string | null {
  const s = sentence.trim();
  for (const re of PATTERNS) {
    const m = re.exec(s);
    const name = m?.[1]?.replace(/[.,;:]+$/, '').trim();
    if (!name) continue;
    const first = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (NOT_OUTLETS.has(first) || /ministry|government|office|department|bureau|customs|company/i.test(name)) continue;
    return name;
  }
  return null;
}
