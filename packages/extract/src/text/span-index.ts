/**
 * Span tests against a whole list at once, in log time: the spans sorted by start, with the furthest
 * end among each prefix. Testing every span against every other made long pages quadratic.
 */
function prefixReach<T>(spans: readonly T[], startOf: (s: T) => number, endOf: (s: T) => number): { starts: Float64Array; reach: Float64Array } {
  const sorted = [...spans].sort((x, y) => startOf(x) - startOf(y));
  const starts = new Float64Array(sorted.length);
  const reach = new Float64Array(sorted.length);
  sorted.forEach((s, i) => {
    starts[i] = startOf(s);
    reach[i] = Math.max(endOf(s), i > 0 ? reach[i - 1]! : -Infinity);
  });
  return { starts, reach };
}

/** How many of the sorted starts are below `bound` (or at most `bound` when `inclusive`). */
function countBelow(starts: Float64Array, bound: number, inclusive: boolean): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < bound || (inclusive && starts[mid] === bound)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a character span [start, end) overlaps any of `spans`. */
export function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>): (s: { start: number; end: number }) => boolean {
  const { starts, reach } = prefixReach(spans, (x) => x.start, (x) => x.end);
  return (s) => {
    const n = countBelow(starts, s.end, false);
    return n > 0 && reach[n - 1]! > s.start;
  };
}

/** Whether a token span [first, next) lies inside any of `spans`. */
export function insideAny(spans: ReadonlyArray<{ first: number; next: number }>): (s: { first: number; next: number }) => boolean {
  const { starts, reach } = prefixReach(spans, (x) => x.first, (x) => x.next);
  return (s) => {
    const n = countBelow(starts, s.first, true);
    return n > 0 && reach[n - 1]! >= s.next;
  };
}
