const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** The channel header: everything before the first item, where the polling hints live. */
function channelHead(xml: string): string {
  const firstItem = xml.search(/<item[\s>]/i);
  return firstItem === -1 ? xml.slice(0, 256 * 1024) : xml.slice(0, firstItem);
}

function elementTexts(block: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}\\b[^>]{0,200}>([^<]{0,100})</${name}\\s*>`, 'gi');
  for (const m of block.matchAll(re)) out.push(m[1]!.trim());
  return out;
}

function innerOf(block: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]{0,200}>([\\s\\S]{0,4000}?)</${name}\\s*>`, 'i').exec(block);
  return m?.[1] ?? null;
}

/**
 * RSS `<skipHours>`/`<skipDays>`, read from the raw channel header. (feedsmith 3.0.1
 * drops a list with a single entry, so we read them ourselves.) Hours are 0-23 GMT,
 * with the occasional "24" read as midnight; days are normalised to "Monday" form.
 */
export function readSkipHints(xml: string): { skipHours: number[]; skipDays: string[] } {
  const head = channelHead(xml);
  const hoursBlock = innerOf(head, 'skipHours');
  const daysBlock = innerOf(head, 'skipDays');
  const skipHours = hoursBlock
    ? [...new Set(elementTexts(hoursBlock, 'hour').map(Number).filter((h) => Number.isInteger(h) && h >= 0 && h <= 24).map((h) => h % 24))].sort((a, b) => a - b)
    : [];
  const skipDays = daysBlock
    ? [...new Set(elementTexts(daysBlock, 'day').map((d) => DAYS.find((day) => day.toLowerCase() === d.toLowerCase())).filter((d): d is string => !!d))]
    : [];
  return { skipHours, skipDays };
}

/** Minutes between updates from the syndication module (sy:updatePeriod / sy:updateFrequency). */
export function syndicationMinutes(sy: { updatePeriod?: string; updateFrequency?: number } | undefined): number | null {
  if (!sy?.updatePeriod) return null;
  const period = PERIOD_MINUTES[sy.updatePeriod.trim().toLowerCase()];
  if (!period) return null;
  const frequency = sy.updateFrequency && sy.updateFrequency > 0 ? sy.updateFrequency : 1;
  return Math.max(1, Math.round(period / frequency));
}

/** A usable TTL in minutes (positive, at most a year), else null. */
export function cleanTtl(ttl: unknown): number | null {
  const n = typeof ttl === 'string' ? Number(ttl) : ttl;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= 525600 ? Math.round(n) : null;
}
