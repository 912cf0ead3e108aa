import type { SourcedValue } from '@newsfacts/core';
import { dateFromUrl } from './dates.ts';

/**
 * A publication instant given in UTC names the next day for evening stories west of Greenwich
 * ("2025-03-05T01:50:00Z" for a story of the evening of March 4th). When the page's own URL dates the
 * story one day earlier, the URL tells the local day the newsroom published on: that day is kept, as a
 * date without a time, so that "on Tuesday" and "yesterday" resolve against the day readers saw.
 */
export function localPublishedDay(published: SourcedValue | null, url: string): SourcedValue | null {
  if (!published) return published;
  const utc = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|\+00:00)$/.exec(published.value);
  if (!utc) return published;
  const fromUrl = dateFromUrl(url, { slugEnd: false });
  if (!fromUrl) return published;
  const dayBefore = new Date(`${utc[1]}T00:00:00Z`);
  dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
  return dayBefore.toISOString().slice(0, 10) === fromUrl ? { value: fromUrl, source: published.source } : published;
}
