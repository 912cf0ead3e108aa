import { monthOf } from './month-names.ts';
import { normalizeDate, type DateReading } from './dates.ts';

/**
 * How pages write the date of a story in a short line: a label says which date it is ("Posted:",
 * "First published", "Last updated", "Aktualisiert am"), a byline may hold both dates, a wire dateline
 * opens the first paragraph ("LIMA, May 3 (Agency) -"), and the year is often left out where the
 * reader knows it. These helpers read one line of text; choosing among lines is visible-date.ts's work.
 */

export type DateLabel = 'published' | 'updated' | null;

const PUBLISHED_LABEL =
  /(?<!\p{L})(?:(?:first|originally)\s+published|published|posted|original|created|filed|released|issued|publicado|publicada|publié|publiée|publie|veröffentlicht|publiziert|erschienen|pubblicato|gepubliceerd|geplaatst|opublikowano|diterbitkan|dipublikasikan|опубликовано)(?!\p{L})/iu;
const UPDATED_LABEL =
  /(?<!\p{L})(?:last\s+(?:updated|modified|edited|revised)|updated|modified|revised|amended|edited|aktualisiert|geändert|mis\s+à\s+jour|modifié|actualizado|actualizada|atualizado|atualizada|atualização|aggiornato|aggiornamento|bijgewerkt|zaktualizowano|diperbarui|обновлено)(?!\p{L})/iu;
const ANY_LABEL = new RegExp(`${PUBLISHED_LABEL.source}|${UPDATED_LABEL.source}`, 'giu');

export interface DateSegment {
  text: string;
  label: DateLabel;
}

function labelOf(text: string): DateLabel {
  const p = PUBLISHED_LABEL.exec(text);
  const u = UPDATED_LABEL.exec(text);
  if (p && (!u || p.index < u.index)) return 'published';
  return u ? 'updated' : null;
}

/**
 * A line cut before each label, so that "Posted: May 6, 2014 | Updated: 9:14 am, May 7, 2014" gives
 * one part per date, each with the label that names it; text before the first label has none.
 */
export function dateSegments(line: string): DateSegment[] {
  const cuts = [0];
  ANY_LABEL.lastIndex = 0;
  for (let m = ANY_LABEL.exec(line), k = 0; m && k < 6; m = ANY_LABEL.exec(line), k++) if (m.index > 0) cuts.push(m.index);
  cuts.push(line.length);
  const out: DateSegment[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const text = line.slice(cuts[k], cuts[k + 1]).trim();
    if (text.length > 0) out.push({ text, label: labelOf(text) });
  }
  return out;
}

export interface MonthDay {
  month: number;
  day: number;
  /** The line with a year put after the day, to be read as a full date once the year is known. */
  withYear: (year: number) => string;
}

const MONTH_DAY = /(?<!\p{L})(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\p{L}|\d|[:.,]\d|,?\s+\d{4})/u;
const DAY_MONTH = /(?<![\p{L}\d:])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+|of\s+)?(\p{L}{3,12})\.?(?!\p{L}|,?\s+(?:de\s+)?\d{4})/u;

/** Short month forms that are also common words ("4 out of 5"): read only beside a year. */
const AMBIGUOUS_SHORT = new Set(['out', 'set', 'ago', 'gen', 'dez', 'mag']);

/** A month and day written without a year: "Aug 4", "August 4th", "4 August", "4. August". */
export function monthDayInText(text: string): MonthDay | null {
  for (const [re, mi, di, sep] of [[MONTH_DAY, 1, 2, ','], [DAY_MONTH, 2, 1, '']] as const) {
    const m = re.exec(text);
    const month = m ? monthOf(m[mi] as string) : undefined;
    const day = m ? Number(m[di]) : 0;
    if (!m || month === undefined || day < 1 || day > 31 || AMBIGUOUS_SHORT.has((m[mi] as string).toLowerCase())) continue;
    const end = m.index + m[0].length;
    return { month, day, withYear: (year) => `${text.slice(0, end)}${sep} ${year}${text.slice(end)}` };
  }
  return null;
}

/** A wire dateline at the head of a paragraph: "SANTIAGO, Aug 4 (Agency) -", "Lyon, France, 4 March 2025 –". */
const DATELINE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?,\s*([^()\-–—:]{3,40}?)\s*(?:\([^()]{2,40}\)\s*)?[-–—:]\s/u;

/** The date part of a wire dateline that opens a paragraph, or null. */
export function datelinePart(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph.slice(0, 120));
  return m ? (m[1] as string) : null;
}

/** "Updated 3 hours ago", "Yesterday 12:01 AM": an age, not a date; read only against the time the page was fetched. */
export const RELATIVE_AGE = /(?<!\p{L})(?:\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?)\s+ago|just\s+now|today|yesterday|heute|gestern|hoy|ayer|hier|aujourd'hui|hoje|ontem|oggi|ieri)(?!\p{L})/iu;

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const YESTERDAY = /^(?:yesterday|gestern|ayer|hier|ontem|ieri)$/i;

/**
 * The date an age names, counted back from when the page was fetched: "3 hours ago" is an instant,
 * "2 days ago", "yesterday" and "today" are days (the fetch's UTC day: the page's zone is not known).
 * Ages past a week say too little to date a story.
 */
export function dateOfAge(text: string, fetchedAt: string): string | null {
  const at = Date.parse(fetchedAt);
  const m = RELATIVE_AGE.exec(text);
  if (!m || Number.isNaN(at)) return null;
  const words = m[0].toLowerCase();
  const n = /^(\d+)\s*(\p{L})/u.exec(words);
  if (n) {
    const ms = UNIT_MS[n[2] as string];
    if (ms === undefined || Number(n[1]) * ms > 7 * UNIT_MS.d!) return null;
    const when = new Date(at - Number(n[1]) * ms).toISOString();
    return ms < UNIT_MS.d! ? `${when.slice(0, 16)}:00Z` : when.slice(0, 10);
  }
  const back = YESTERDAY.test(words) ? UNIT_MS.d! : 0;
  return new Date(at - back).toISOString().slice(0, 10);
}

/** The latest copyright year a page shows ("© 2019", "Copyright 1998-2014"): the year the page was served in, or later. */
export function copyrightYearIn(text: string): number | null {
  const re = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)/giu;
  let best: number | null = null;
  for (let m = re.exec(text), k = 0; m && k < 8; m = re.exec(text), k++) best = Math.max(best ?? 0, Number(m[1]));
  return best;
}

/** A full date in a line, reading an ambiguous numeric date in the page's order. */
export function fullDateIn(text: string, reading: DateReading): string | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(Z\b|[+-]\d{2}:?\d{2}\b)?)?/.exec(text);
  if (iso) return normalizeDate(iso[2] ? `${iso[1]}T${iso[2]}${iso[3] ?? ''}` : iso[1], reading);
  return normalizeDate(text, reading);
}
