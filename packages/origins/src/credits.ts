/** Who a text says it comes from, and how it says so. */
export interface Credit {
  /** The outlet as written ("Meridian Wire"), or null when the text marks a wire copy without naming it. */
  outlet: string | null;
  kind: 'dateline' | 'slash-dateline' | 'source-line' | 'first-appeared' | 'wire-signoff';
}

const LEAD_CHARS = 400;
const TAIL_CHARS = 600;
const NAME = String.raw`[A-Z][\w&.'’-]*(?:[ ][A-Z&][\w&.'’-]*){0,4}`;

// "CITY (Agency) –" or "CITY, Country (Agency) -": an agency in brackets right after the place, before a dash.
const DATELINE = new RegExp(String.raw`^\s*[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?\s*\((${NAME})\)\s*[-–—:]`);
// "(AGENCY) –" opening the story without a place.
const BARE_DATELINE = new RegExp(String.raw`^\s*\((${NAME})\)\s*[-–—]`);
// "CITY, March 3. /AGENCY/." — a slash-wrapped name after the place and date.
const SLASH_DATELINE = /^\s*[A-Z][A-Za-z\d .,'’-]{1,60}?\s*\/([A-Z][A-Za-z-]{1,24}(?: [A-Z][A-Za-z-]{1,24}){0,2})\/\s*[-–—.:]?/;
// "Source: Agency" on a line of its own near the end.
const SOURCE_LINE = new RegExp(String.raw`(?:^|\n)\s*(?:Source|Via)\s*:\s*(${NAME})\s*\.?\s*(?:\n|$)`);
// "This article first appeared on X" / "was originally published by X" / "Republished from X".
const FIRST_APPEARED = new RegExp(
  String.raw`(?:first appeared|originally (?:appeared|published|ran)|was first published)\s+(?:on|in|by|at)\s+(?:the\s+)?(${NAME}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)|republished (?:with permission )?(?:from|by)\s+(?:the\s+)?(${NAME}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)`,
);
// "(Reporting by …; Editing by …)": the sign-off wire services put under a story.
const WIRE_SIGNOFF = /\((?:Additional )?[Rr]eporting by [^()]{2,200}?(?:;|\))/;

/** Trailing words a name regex sweeps up but that are no part of an outlet's name. */
function cleanName(raw: string): string {
  return raw.replace(/[.,;:]+$/, '').replace(/\s+(?:and|on|in|at|with)$/i, '').trim();
}

/**
 * Credits a story's own text gives: a dateline naming an agency, a source line, a "first appeared
 * on" note, a wire sign-off. Read from the lead and the tail only, where such lines sit.
 */
export function findCredits(body: string): Credit[] {
  const lead = body.slice(0, LEAD_CHARS);
  const tail = body.slice(-TAIL_CHARS);
  const credits: Credit[] = [];
  const dateline = DATELINE.exec(lead) ?? BARE_DATELINE.exec(lead);
  if (dateline?.[1] && !/\d/.test(dateline[1])) credits.push({ outlet: cleanName(dateline[1]), kind: 'dateline' });
  const slash = SLASH_DATELINE.exec(lead);
  if (slash?.[1]) credits.push({ outlet: cleanName(slash[1]), kind: 'slash-dateline' });
  const source = SOURCE_LINE.exec(tail);
  if (source?.[1]) credits.push({ outlet: cleanName(source[1]), kind: 'source-line' });
  const first = FIRST_APPEARED.exec(lead) ?? FIRST_APPEARED.exec(tail);
  const firstName = first?.[1] ?? first?.[2];
  if (firstName) credits.push({ outlet: cleanName(firstName), kind: 'first-appeared' });
  if (WIRE_SIGNOFF.test(tail)) credits.push({ outlet: null, kind: 'wire-signoff' });
  return credits;
}

/** The outlet the credits name first, most explicit kind first. */
export function creditedOutlet(credits: readonly Credit[]): string | null {
  const order: Credit['kind'][] = ['first-appeared', 'dateline', 'slash-dateline', 'source-line'];
  for (const kind of order) {
    const c = credits.find((x) => x.kind === kind && x.outlet);
    if (c?.outlet) return c.outlet;
  }
  return null;
}

/** A comparison key for outlet names: case, a leading "the", punctuation and spacing do not matter. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/^www\./, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
