/** Everything the next-check decision depends on; no clock or randomness inside. */
export interface NextCheckInput {
  now: Date;
  intervalMinutes: number;
  ok: boolean;
  /** Errors in a row, including this poll's. */
  consecutiveErrors: number;
  ttlMinutes: number | null;
  cacheMaxAgeS: number | null;
  retryAfterMs: number | null;
  /** UTC hours (0-23) and day names ("Monday") the feed asks not to be polled in. */
  skipHours: number[];
  skipDays: string[];
  /** Publication dates of the items the feed lists, any order. */
  itemDates: string[];
  /** A number in [0, 1) for jitter. */
  random: number;
}

export interface NextCheck {
  at: Date;
  reason: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** However often a feed fails, it is tried again at least daily: we never give up on a feed. */
export const MAX_BACKOFF_MS = 24 * HOUR;
/** A quiet feed is checked less often, but never less than every six hours. */
const MAX_ADAPTIVE_MS = 6 * HOUR;
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * When to poll a feed next. Success: the operator's interval, stretched by what the publisher asks
 * (ttl, Cache-Control max-age) and by how rarely the feed publishes. Failure: exponential backoff
 * with jitter, capped at a day, never stopping; a Retry-After wins if it asks for longer.
 * Either way, the publisher's skipHours/skipDays are honoured.
 */
export function nextCheck(input: NextCheckInput): NextCheck {
  const base = Math.max(1, input.intervalMinutes) * MINUTE;
  let delay: number;
  let reason: string;
  if (!input.ok) {
    const exponent = Math.min(Math.max(0, input.consecutiveErrors - 1), 20);
    const backoff = Math.min(MAX_BACKOFF_MS, base * 2 ** exponent);
    // Full range jitter in [50%, 100%] so many failing feeds spread out instead of retrying together.
    delay = Math.round(backoff * (0.5 + input.random / 2));
    reason = `error backoff (${input.consecutiveErrors} in a row)`;
  } else {
    delay = base;
    reason = 'interval';
    const adaptive = adaptiveDelay(input.itemDates, base);
    if (adaptive > delay) [delay, reason] = [adaptive, 'feed publishes rarely'];
    if (input.ttlMinutes && input.ttlMinutes * MINUTE > delay) [delay, reason] = [Math.min(input.ttlMinutes * MINUTE, MAX_BACKOFF_MS), 'feed ttl'];
    if (input.cacheMaxAgeS && input.cacheMaxAgeS * 1000 > delay) [delay, reason] = [Math.min(input.cacheMaxAgeS * 1000, MAX_BACKOFF_MS), 'Cache-Control max-age'];
  }
  if (input.retryAfterMs && input.retryAfterMs > delay) [delay, reason] = [Math.min(input.retryAfterMs, MAX_BACKOFF_MS * 7), 'Retry-After'];
  const at = skipForward(new Date(input.now.getTime() + delay), input.skipHours, input.skipDays);
  return { at, reason: at.getTime() - input.now.getTime() > delay + MINUTE ? `${reason}; skipHours/skipDays` : reason };
}

/** A third of the median gap between recent items, between the operator's interval and six hours. */
function adaptiveDelay(itemDates: string[], base: number): number {
  const times = itemDates
    .map((d) => Date.parse(d))
    .filter((t) => Number.isFinite(t))
    .sort((a, b) => b - a)
    .slice(0, 20);
  if (times.length < 3) return base;
  const gaps = times.slice(1).map((t, i) => (times[i] as number) - t).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] as number;
  return Math.min(Math.max(base, median / 3), Math.max(base, MAX_ADAPTIVE_MS));
}

function skipForward(at: Date, skipHours: number[], skipDays: string[]): Date {
  const hours = new Set(skipHours.filter((h) => h >= 0 && h <= 23));
  const days = new Set(skipDays.map((d) => d.trim().toLowerCase()).filter((d) => DAYS.includes(d)));
  if (hours.size === 24 || days.size === 7) return at; // a feed that skips everything gets its interval
  const t = new Date(at);
  for (let i = 0; i < 24 * 8 && (hours.has(t.getUTCHours()) || days.has(DAYS[t.getUTCDay()] as string)); i++) {
    t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
  }
  return t;
}
