import ipaddr from 'ipaddr.js';

/**
 * True when `ip` must not be reached by a fetch from the public internet side:
 * loopback, private (RFC 1918), link-local (cloud metadata lives at 169.254.169.254),
 * CGNAT, unique-local, multicast, unspecified, reserved/documentation ranges.
 * Addresses that merely wrap an IPv4 address (mapped, translated, NAT64, 6to4,
 * IPv4-compatible) are judged by the IPv4 address inside them.
 * Anything that does not parse as an IP is treated as private (fail closed).
 */
export function isPrivateAddress(ip: string): boolean {
  const literal = ip.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(literal)) return true;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(literal);
  } catch {
    return true;
  }
  if (addr.kind() === 'ipv4') return (addr as ipaddr.IPv4).range() !== 'unicast';
  return isPrivateIpv6(addr as ipaddr.IPv6);
}

function isPrivateIpv6(addr: ipaddr.IPv6): boolean {
  const range = addr.range();
  const embedded = embeddedIpv4(addr, range);
  if (embedded) return embedded.range() !== 'unicast';
  return range !== 'unicast';
}

/** The IPv4 address carried inside an IPv6 one, for the forms that route to IPv4. */
function embeddedIpv4(addr: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const p = addr.parts;
  const low32 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (range === 'ipv4Mapped' || range === 'rfc6145' || range === 'rfc6052') return low32(p[6]!, p[7]!);
  if (range === '6to4') return low32(p[1]!, p[2]!);
  // Deprecated IPv4-compatible form ::a.b.c.d (but not :: or ::1, which have their own ranges).
  if (p.slice(0, 6).every((x) => x === 0) && range === 'unicast') return low32(p[6]!, p[7]!);
  return null;
}
