import { combine, fmix32, fnv1a } from './hash.ts';
import { words } from './words.ts';

/** Content words per shingle: four in a row rarely repeat between two stories written apart. */
export const SHINGLE_WORDS = 4;
/** Hash functions per signature (bands x rows). */
export const SIGNATURE_SIZE = 96;
/**
 * Only the opening words are signed. Copies keep the top of a story and drop its end, so a window
 * over the lead stays alike between a full story and a trimmed one, where the whole texts would not.
 */
export const LEAD_WORDS = 240;

export interface TextSignature {
  /** MinHash values, SIGNATURE_SIZE of them: what the band index is built from. */
  values: Uint32Array;
  /** Distinct shingles signed: with two signatures it turns a Jaccard estimate into containment. */
  shingles: number;
  /**
   * The lead's shingle hashes, sorted. The lead is short (LEAD_WORDS), so they cost about as much as
   * a larger signature would, and give the exact overlap where an estimate from a small Jaccard
   * value is too noisy to tell a trimmed copy from a story that shares one quote.
   */
  set?: Uint32Array;
}

const SEEDS: readonly { a: number; b: number }[] = Array.from({ length: SIGNATURE_SIZE }, (_, i) => ({
  a: (fmix32(i * 2 + 1) | 1) >>> 0,
  b: fmix32(i * 2 + 2),
}));

/** Distinct hashed word shingles of the words; a text shorter than one shingle is one shingle. */
export function shingleHashes(ws: readonly string[], size = SHINGLE_WORDS): Set<number> {
  const wordHashes = ws.map(fnv1a);
  const out = new Set<number>();
  if (wordHashes.length === 0) return out;
  const last = Math.max(0, wordHashes.length - size);
  for (let i = 0; i <= last; i++) {
    let h = 0;
    for (let j = i; j < Math.min(i + size, wordHashes.length); j++) h = combine(h, wordHashes[j] as number);
    out.add(h);
  }
  return out;
}

/** The MinHash signature of a text's lead. */
export function signText(text: string): TextSignature {
  const shingles = shingleHashes(words(text, LEAD_WORDS));
  const values = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const seed = SEEDS[i] as { a: number; b: number };
      const v = fmix32((Math.imul(x, seed.a) + seed.b) | 0);
      if (v < (values[i] as number)) values[i] = v;
    }
  }
  return { values, shingles: shingles.size, set: Uint32Array.from(shingles).sort() };
}

/** Shared elements of two sorted arrays. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * How much of the smaller set the larger one holds, from the Jaccard estimate and both sizes:
 * |A∩B| = J(|A|+|B|)/(1+J). A trimmed copy is mostly inside its origin even when their union is not.
 */
export function estimateContainment(a: TextSignature, b: TextSignature): number {
  if (a.set && b.set) {
    const small = Math.min(a.set.length, b.set.length);
    return small === 0 ? 0 : sharedCount(a.set, b.set) / small;
  }
  const j = estimateJaccard(a.values, b.values);
  const small = Math.min(a.shingles, b.shingles);
  if (small === 0) return 0;
  return Math.min(1, (j * (a.shingles + b.shingles)) / (1 + j) / small);
}

/** Uint32 values as bytes (little-endian), for storage. */
export function signatureToBytes(values: Uint32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
