/**
 * No Redis to talk to: printed to the user without a stack trace. In a module of its own so that
 * recognising it (the CLI's error handler) does not load the queue client.
 */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}
