import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits: a plain sha256 is enough to store it (no dictionary to brute-force). */
export function newToken(prefix = 'nf'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
