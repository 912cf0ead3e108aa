import { reportedBy } from './attribution.ts';
import { outletKey } from './credits.ts';

/** One article's report of a figure, as the corroboration count sees it. */
export interface FigureSource {
  origin_id: number | null;
  origin_outlet: string | null;
  /** The sentence the figure was read from: "…, Argus reported" credits the figure to Argus. */
  sentence: string;
  /** The article's outlet (site name or host), for the outlet count. */
  outlet: string | null;
  article_id: number;
}

export interface FigureOrigins {
  /** Independent origins of the figure. */
  count: number;
  /** Their names, in order of first appearance (outlet of the origin, or the outlet a sentence credits). */
  names: string[];
  /** The origin key of each source, in input order: equal keys are one origin. */
  keys: string[];
  /** Distinct outlets carrying the figure. */
  outlets: number;
}

/**
 * Counts the independent origins among the reports of one figure. Copies of one story are one
 * origin; a sentence that credits the figure to an outlet ("…, Argus reported") is a report of
 * that outlet's origin, the same as a copy of Argus's story would be.
 */
export function figureOrigins(sources: readonly FigureSource[]): FigureOrigins {
  const originOfOutlet = new Map<string, string>();
  for (const s of sources) {
    if (s.origin_id !== null && s.origin_outlet && !reportedBy(s.sentence)) originOfOutlet.set(outletKey(s.origin_outlet), `origin:${s.origin_id}`);
  }
  const names = new Map<string, string>();
  const keys = sources.map((s) => {
    const credited = reportedBy(s.sentence);
    let key: string;
    let name: string | null;
    if (credited) {
      key = originOfOutlet.get(outletKey(credited)) ?? `outlet:${outletKey(credited)}`;
      name = credited;
    } else {
      key = s.origin_id === null ? `article:${s.article_id}` : `origin:${s.origin_id}`;
      name = s.origin_outlet ?? s.outlet;
    }
    if (!names.has(key)) names.set(key, name ?? 'unknown');
    return key;
  });
  const outlets = new Set(sources.map((s) => (s.outlet ? outletKey(s.outlet) : `article:${s.article_id}`)));
  return { count: names.size, names: [...names.values()], keys, outlets: outlets.size };
}

/** "4 outlets · 2 origins (Argus, Meridian Wire)": plain text, for the page to escape. */
export function corroborationLabel(outlets: number, originNames: readonly string[]): string {
  const n = originNames.length;
  // Origins of one outlet (two of its own stories) are named once.
  const unique = [...new Set(originNames)];
  const shown = unique.slice(0, 5).join(', ') + (unique.length > 5 ? `, +${unique.length - 5} more` : '');
  return `${outlets} outlet${outlets === 1 ? '' : 's'} · ${n} origin${n === 1 ? '' : 's'}${n > 0 ? ` (${shown})` : ''}`;
}

/** What a conflict between reports that share an origin is: a copying error, not a disagreement. */
export const COPY_DIFFERS = 'copy differs from its origin';
