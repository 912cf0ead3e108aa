import { pino, type Logger } from 'pino';

/** Logs go to stderr so stdout stays machine-readable (`--format json > file`). */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true }));
}
