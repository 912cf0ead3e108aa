import { RateLimiterMemory } from 'rate-limiter-flexible';

export type AuthVia = 'sign-in' | 'bearer';

export interface AuthFailureLimits {
  /** Failures a client may make per window; the next attempt gets a 429 until the window ends. */
  limit: number;
  windowSeconds: number;
}

/** A pino logger fits; the default writes one JSON line to stderr. */
export interface WebLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface AuthFailureEvents {
  failed(via: AuthVia): void;
  refused(via: AuthVia): void;
}

export interface AuthFailureLimiter {
  /** Seconds until this client may try again; 0 when it may try now. */
  blockedFor(clientIp: string): Promise<number>;
  /** Counts one failure; answers the seconds the client is now blocked (0: still under the limit). */
  fail(clientIp: string, via: AuthVia): Promise<number>;
  /** Counts an attempt refused without being checked because its client is blocked. */
  refused(via: AuthVia): void;
}

export const stderrLogger: WebLogger = {
  warn(fields, message) {
    process.stderr.write(`${JSON.stringify({ level: 'warn', time: Date.now(), ...fields, msg: message })}\n`);
  },
};

/**
 * One IPv6 host usually owns a whole /64: counting per address would let it rotate through
 * 2^64 of them. IPv4-mapped addresses count as the IPv4 address they carry.
 */
export function clientKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Failed authentications per client in a fixed window, in this process's memory (one web app
 * process per database). Entries expire with their window, so memory follows the clients that
 * failed recently, not all clients ever seen.
 */
export function createAuthFailureLimiter(limits: AuthFailureLimits, events: AuthFailureEvents, logger: WebLogger): AuthFailureLimiter {
  const counter = new RateLimiterMemory({ points: limits.limit, duration: limits.windowSeconds });
  const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));
  return {
    async blockedFor(clientIp) {
      const res = await counter.get(clientKey(clientIp));
      return res && res.consumedPoints >= limits.limit ? seconds(res.msBeforeNext) : 0;
    },
    async fail(clientIp, via) {
      events.failed(via);
      const key = clientKey(clientIp);
      const res = await counter.consume(key, 1).catch((rejected: unknown) => {
        if (rejected instanceof Error) throw rejected;
        return rejected as { consumedPoints: number; msBeforeNext: number };
      });
      const blocked = res.consumedPoints >= limits.limit ? seconds(res.msBeforeNext) : 0;
      logger.warn({ clientIp, client: key, via, failures: res.consumedPoints, limit: limits.limit, blockedSeconds: blocked }, blocked ? 'authentication failed; client blocked' : 'authentication failed');
      return blocked;
    },
    refused(via) {
      events.refused(via);
    },
  };
}
