import dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { isPrivateAddress } from './private-address.ts';

/** Raised inside the socket's DNS lookup when a name resolves to a private address. */
export class PrivateAddressLookupError extends Error {
  override name = 'PrivateAddressLookupError';
  readonly code = 'ERR_NEWSFACTS_PRIVATE_ADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to private address ${address}`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup replacement for net/tls.connect. The check runs on the addresses the
 * socket is about to use, so a DNS answer that changes between a pre-check and the
 * connect (DNS rebinding) cannot reach a private address.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(new PrivateAddressLookupError(hostname, bad.address), '');
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
}

const agents = new Map<string, Agent>();

/**
 * Shared agents (connection pools) per policy and connect timeout. Guarded agents check
 * every resolved address; open ones are for allowPrivateNetworks / allow-listed hosts.
 */
export function getAgent(guarded: boolean, connectTimeoutMs: number): Agent {
  const key = `${guarded ? 'g' : 'o'}:${connectTimeoutMs}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new Agent({
      connect: guarded ? { timeout: connectTimeoutMs, lookup: guardedLookup } : { timeout: connectTimeoutMs },
      keepAliveTimeout: 4_000,
      connections: 16,
    });
    agents.set(key, agent);
  }
  return agent;
}

/** Close pooled connections (for clean shutdown and tests). */
export async function closeFetchAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close().catch(() => undefined)));
}
