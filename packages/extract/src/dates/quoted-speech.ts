/**
 * Where a speaker's own words stand. A day named by its distance from "now" ("today", "yesterday",
 * "tomorrow") inside a quotation counts from the day the words were spoken, which a story rarely gives
 * and which is often not the day it was published; read against the publication date it is a guess.
 */

/** Words that name a day only relative to when they are said. */
const SPEAKER_DAY = /^(?:(?:the\s+day\s+(?:after|before)\s+)?(?:today|tonight|tonite|tomorrow|yesterday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:night|morning|afternoon|evening))$/i;

export function isSpeakerDay(surface: string): boolean {
  return SPEAKER_DAY.test(surface.trim());
}

/** Quotation marks only count within a paragraph: a long quote reopens its mark in every new paragraph. */
const PARAGRAPH_SCAN_LIMIT = 4000;

/** Whether `offset` falls inside a quotation opened earlier in its paragraph and not yet closed. */
export function insideQuotation(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - PARAGRAPH_SCAN_LIMIT);
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  if (start < floor) start = floor;
  let curly = 0;
  let straight = false;
  for (let i = start; i < offset; i++) {
    const c = text[i];
    if (c === '“') curly = 1;
    else if (c === '”') curly = 0;
    else if (c === '"') straight = !straight;
  }
  return curly > 0 || straight;
}
