import { describe, expect, it } from 'vitest';
import { creditedOutlet, findCredits, outletKey } from '../src/credits.ts';

describe('findCredits', () => {
  it('reads the agency of a "CITY (Agency) –" dateline', () => {
    const c = findCredits('PORT SALLOW (Meridian Wire) – Exports of cobalt fell 12% in May.');
    expect(c).toEqual([{ outlet: 'Meridian Wire', kind: 'dateline' }]);
  });

  it('reads a place with its country and a short agency name', () => {
    expect(creditedOutlet(findCredits('KESSBY, Norland (NPA) - The ministry said on Monday that output rose.'))).toBe('NPA');
  });

  it('reads a slash-wrapped agency after the place and date', () => {
    expect(findCredits('MERRIN, March 3. /POLARNEWS/. Officials confirmed the quota.')).toContainEqual({ outlet: 'POLARNEWS', kind: 'slash-dateline' });
  });

  it('reads a bare "(AGENCY) —" opening', () => {
    expect(creditedOutlet(findCredits('(CPS) — Shipments resumed at the port after a week.'))).toBe('CPS');
  });

  it('reads a source line and a "first appeared" note at the end', () => {
    const body = 'Prices rose for a third week.\n\nTraders expect more.\n\nSource: Orbit Agency';
    expect(creditedOutlet(findCredits(body))).toBe('Orbit Agency');
    const republished = 'Prices rose for a third week.\n\nThis article first appeared on Coastline Post.';
    expect(creditedOutlet(findCredits(republished))).toBe('Coastline Post');
    expect(creditedOutlet(findCredits('Text.\n\nThis story was originally published by the Valley Herald.'))).toBe('Valley Herald');
  });

  it('marks a wire sign-off without naming an outlet', () => {
    expect(findCredits('Output fell.\n\n(Reporting by Ana Velo; Editing by Teo Balint)')).toEqual([{ outlet: null, kind: 'wire-signoff' }]);
  });

  it('finds nothing in a story that credits no one, and ignores a dated bracket', () => {
    expect(findCredits('Exports of graphite rose in June, customs data showed.')).toEqual([]);
    expect(findCredits('HALVARD (June 3) – The port reopened.')).toEqual([]);
  });
});

describe('outletKey', () => {
  it('compares outlet names without case, a leading "the" or punctuation', () => {
    expect(outletKey('The Harbour Times')).toBe(outletKey('harbour times'));
    expect(outletKey('Meridian-Wire')).toBe(outletKey('Meridian Wire'));
  });
});
