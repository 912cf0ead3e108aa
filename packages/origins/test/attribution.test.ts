import { describe, expect, it } from 'vitest';
import { reportedBy } from '../src/attribution.ts';

describe('reportedBy', () => {
  it('credits a figure to the outlet a closing clause names', () => {
    expect(reportedBy('Exports fell 12% to 820 tonnes in October, Argus reported.')).toBe('Argus');
    expect(reportedBy('Output reached 4,100 tonnes last year, the Harbour Times reported on Friday.')).toBe('Harbour Times');
  });

  it('credits an outlet that calls itself a newspaper or an agency, and a report by an outlet', () => {
    expect(reportedBy('Meridian Wire news agency reported that the quota was cut by 10%.')).toBe('Meridian Wire');
    expect(reportedBy('Stocks fell 8%, according to a report by Daily Ledger.')).toBe('Daily Ledger');
  });

  it('does not take officials, a ministry or a company announcing its own results for an outlet', () => {
    expect(reportedBy('Exports fell 12% in October, officials reported.')).toBeNull();
    expect(reportedBy('Shipments rose 5%, the trade ministry reported.')).toBeNull();
    expect(reportedBy('Northstone reported that revenue rose 14% to $300 million.')).toBeNull();
    expect(reportedBy('Exports fell 12% in October, customs data showed.')).toBeNull();
  });
});
