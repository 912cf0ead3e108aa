import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { homeDollar } from '../src/quantities/home-dollar.ts';

const money = (text: string, locale?: string | null) =>
  extractFacts({ text, published: '2026-03-02', locale }).filter((f) => f.type === 'money').map((f) => `${f.value} ${f.unit}`);

describe('a bare "$" on a page whose region has its own dollar', () => {
  it('reads the region of the page language tag', () => {
    expect(homeDollar('en-AU')).toBe('AUD');
    expect(homeDollar('fr_CA')).toBe('CAD');
    expect(homeDollar('en-NZ')).toBe('NZD');
    expect(homeDollar('en-US')).toBeNull();
    expect(homeDollar('en')).toBeNull();
    expect(homeDollar(null)).toBeNull();
  });

  it('is the home dollar, per unit too, on an Australian or Canadian page', () => {
    expect(money('The council will spend $12.5 million on the new pool and charge $6 a visit.', 'en-AU')).toEqual(['12500000 AUD', '6 AUD/visit']);
    expect(money('The province set aside $300 million for rural clinics.', 'en-CA')).toEqual(['300000000 CAD']);
  });

  it('stays the US dollar where the page writes it so, or names no region', () => {
    expect(money('The miner sold US$40 million of bonds and A$25 million of shares.', 'en-AU')).toEqual(['40000000 USD', '25000000 AUD']);
    expect(money('The startup raised $40 million.', 'en-US')).toEqual(['40000000 USD']);
    expect(money('The startup raised $40 million.', 'en')).toEqual(['40000000 USD']);
    expect(money('The startup raised $40 million.')).toEqual(['40000000 USD']);
  });

  it('leaves other currencies alone', () => {
    expect(money('The fine was £2 million and €1.5 million.', 'en-AU')).toEqual(['2000000 GBP', '1500000 EUR']);
  });

  it('is the home dollar whatever qualifies the amount, and for cents written without a sign', () => {
    expect(money('The miner will book a writedown of about $215 million and pay up to $4 million in bonuses.', 'en-AU')).toEqual(['215000000 AUD', '4000000 AUD']);
    expect(money('Households can claim a rebate of up to $150, and the stock closed at 62 cents.', 'en-CA')).toEqual(['150 CAD', '0.62 CAD/share']);
    expect(money('Petrol fell to 98 cents a litre, while a pie costs roughly $7.', 'en-NZ')).toEqual(['0.98 NZD/l', '7 NZD']);
    expect(money('The chain paid 40 US cents a pound and C$12 million in all.', 'en-CA')).toEqual(['0.4 USD/lb', '12000000 CAD']);
  });
});

describe('cents on a page whose region pays in euros', () => {
  it('reads "cent" and "cents" as euro cents, and keeps a bare "$" as the US dollar', () => {
    expect(money('The lender will pay a dividend of 31 cent a share in May.', 'en-IE')).toEqual(['0.31 EUR/share']);
    expect(money('Diesel rose by 6 cents a litre at the pumps.', 'en-IE')).toEqual(['0.06 EUR/l']);
    expect(money('The lender will pay a dividend of $2 a share in May.', 'en-IE')).toEqual(['2 USD/share']);
    expect(money('The lender will pay a dividend of 31 cents a share in May.', 'en-GB')).toEqual(['0.31 USD/share']);
  });
});

describe('cents on a page whose region pays in a currency of its own', () => {
  it('reads bare cents as that currency\'s hundredth, and keeps "$" and US cents as the US dollar', () => {
    expect(money('The miner declared a final dividend of 145 cents a share.', 'en-ZA')).toEqual(['1.45 ZAR/share']);
    expect(money('Maize meal rose by 80 cents a kilogram in Nairobi.', 'en-KE')).toEqual(['0.8 KES/kg']);
    expect(money('The miner declared a final dividend of $1.45 a share.', 'en-ZA')).toEqual(['1.45 USD/share']);
    expect(money('Platinum buyers paid 40 US cents an ounce more.', 'en-ZA')).toEqual(['0.4 USD/oz']);
  });
});
