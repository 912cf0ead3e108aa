import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../src/index.ts';

describe('normalizeDate', () => {
  it.each([
    // RFC 822 as RSS uses it, with its usual deviations
    ['Sat, 12 Apr 2025 09:30:00 +0800', '2025-04-12T01:30:00.000Z'],
    ['Sat, 12 Apr 2025 09:30:00 GMT', '2025-04-12T09:30:00.000Z'],
    ['12 Apr 2025 09:30 -0430', '2025-04-12T14:00:00.000Z'],
    ['Tue, 20 May 2025 18:05:00 EST', '2025-05-20T23:05:00.000Z'],
    ['Tue, 20 May 2025 18:05:00 PDT', '2025-05-21T01:05:00.000Z'],
    ['Mon, 2 June 2025 10:00:00 CEST', '2025-06-02T08:00:00.000Z'],
    ['Wed, 03 Sept 2025 07:00:00 +05:30', '2025-09-03T01:30:00.000Z'],
    ['Fri, 31 Jan 25 23:59:59 UT', '2025-01-31T23:59:59.000Z'],
    ['Thu, 10 Jul 2025 12:00:00', '2025-07-10T12:00:00.000Z'],
    // ISO 8601 / RFC 3339
    ['2025-03-10T16:45:00+06:30', '2025-03-10T10:15:00.000Z'],
    ['2025-03-10T16:45:00.123456Z', '2025-03-10T16:45:00.123Z'],
    ['2025-03-10 16:45:00', '2025-03-10T16:45:00.000Z'],
    ['2025-03-10T16:45:00+0100', '2025-03-10T15:45:00.000Z'],
    ['2025-03-10', '2025-03-10T00:00:00.000Z'],
    // prose
    ['June 10, 2025', '2025-06-10T00:00:00.000Z'],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each(['', '   ', 'not a date', 'Sat, 12 Foo 2025 09:30:00 GMT', '0001-01-01T00:00:00Z', '2025-13-40', 'x'.repeat(500)])(
    'rejects %j',
    (raw) => {
      expect(normalizeDate(raw)).toBeNull();
    },
  );

  it('handles null and undefined', () => {
    expect(normalizeDate(null)).toBeNull();
    expect(normalizeDate(undefined)).toBeNull();
  });
});
