import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from '../src/index.ts';

describe('nameKey', () => {
  it('folds legal forms, points, case and accents', () => {
    expect(nameKey('MP Materials Corp.')).toBe('mp materials');
    expect(nameKey('MP Materials Corporation')).toBe('mp materials');
    expect(nameKey('Ganfeng Lithium Group Co., Ltd.')).toBe('ganfeng lithium');
    expect(nameKey('Umicore N.V.')).toBe('umicore');
    expect(nameKey('Société Générale S.A.')).toBe('societe generale');
    expect(nameKey('The Kestrel Company')).toBe('kestrel');
  });

  it('folds legal forms written before the name and those of more countries', () => {
    expect(nameKey('PT Kestrel Nikel Indonesia Tbk')).toBe('kestrel nikel indonesia');
    expect(nameKey('Kestrel Resources NL')).toBe(nameKey('Kestrel Resources Limited'));
    expect(nameKey('Kestrel Magnetik GmbH & Co. KG')).toBe('kestrel magnetik');
    expect(nameKey('Kestrel Minera S.A. de C.V.')).toBe('kestrel minera');
  });

  it('keeps a name made only of legal words', () => {
    expect(nameKey('Holding')).toBe('holding');
  });

  it('reads & as and, inside a name', () => {
    expect(nameKey('Brook & Fell Mining')).toBe(nameKey('Brook and Fell Mining'));
  });
});

describe('displayName', () => {
  it('drops trailing legal forms as written', () => {
    expect(displayName('Lynas Rare Earths Ltd')).toBe('Lynas Rare Earths');
    expect(displayName('Contemporary Amperex Technology Co. Limited')).toBe('Contemporary Amperex Technology');
    expect(displayName('Freeport-McMoRan Inc.')).toBe('Freeport-McMoRan');
  });
});
