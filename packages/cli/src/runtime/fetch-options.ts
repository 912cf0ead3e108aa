import type { Config } from '@newsfacts/config';

/** The fetch policy every outgoing request shares, from the one config. */
export function fetchOptionsOf(config: Config) {
  return {
    allowPrivateNetworks: config.allowPrivateNetworks,
    userAgent: config.userAgent,
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.maxBodyBytes,
  };
}
