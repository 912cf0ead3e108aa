/** 32-bit hashing helpers: fast, deterministic, and the same on every machine (no crypto needed here). */

/** FNV-1a over a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a bijection on 32 bits that spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds `value` into a running hash (order matters). */
export function combine(hash: number, value: number): number {
  return fmix32((Math.imul(hash ^ value, 0x9e3779b1) + 0x7f4a7c15) | 0);
}
