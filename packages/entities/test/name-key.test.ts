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

  it('folds the forms of central and northern Europe, written in one piece or several', () => {
    expect(nameKey('Kowal Sp. z o.o.')).toBe('kowal');
    expect(nameKey('Halvorsen A/S')).toBe('halvorsen');
    expect(nameKey('Moravia s.r.o.')).toBe('moravia');
    expect(nameKey('Tisza Malom Kft.')).toBe('tisza malom');
    expect(nameKey('Sundsvik AB (publ)')).toBe('sundsvik');
    expect(nameKey('Kandy Tea (Pvt) Ltd')).toBe('kandy tea');
    expect(nameKey('Tallinna Laevad OÜ')).toBe('tallinna laevad');
    expect(displayName('Kowal Sp. z o.o.')).toBe('Kowal');
    expect(displayName('Halvorsen A/S')).toBe('Halvorsen');
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
