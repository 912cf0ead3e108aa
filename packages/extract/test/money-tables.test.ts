import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const cells = (text: string) =>
  extractFacts({ text, published: '2025-06-02' }).filter((f) => f.type === 'money' || f.type === 'tonnage').map((f) => [f.type, f.value, f.unit]);

describe('money in tables: the currency and scale from the heading or caption', () => {
  it('reads a currency and scale over the row labels', () => {
    expect(cells('Sales held up.\n\nEarnings ($m) | 2025 | 2024\n\nRetail | 2,310 | 2,050')).toEqual([
      ['money', 2.31e9, 'USD'], ['money', 2.05e9, 'USD'],
    ]);
  });

  it('reads the unit from a caption, in words or in lakh and crore', () => {
    expect(cells('Half-year figures (in millions of euros)\n\nLine | H1 2025 | H1 2024\n\nOperating profit | 84.5 | 77.1')).toEqual([
      ['money', 84.5e6, 'EUR'], ['money', 77.1e6, 'EUR'],
    ]);
    expect(cells('District spending (Rs crore)\n\nDistrict | 2025 | 2024\n\nPune | 1,450 | 1,320')).toEqual([
      ['money', 14.5e9, 'INR'], ['money', 13.2e9, 'INR'],
    ]);
  });

  it('gives each column its own unit: tonnes in one, money in another', () => {
    expect(cells('Port | Volume (tonnes) | Value (£m)\n\nHull | 52,000 | 31.5\n\nDover | 18,000 | 12.2')).toEqual([
      ['tonnage', 52000, 't'], ['money', 31.5e6, 'GBP'], ['tonnage', 18000, 't'], ['money', 12.2e6, 'GBP'],
    ]);
  });

  it('reads a price per tonne heading as prices, not masses', () => {
    expect(cells('Metal ($/t) | June | May\n\nTin | 31,200 | 30,100')).toEqual([['money', 31200, 'USD/t'], ['money', 30100, 'USD/t']]);
  });

  it('takes no unit from a region named "Euro" nor from an amount written in the caption', () => {
    expect(cells('Euro area | 2025 | 2024\n\nSpain | 2.4 | 2.7')).toEqual([]);
    expect(cells('Sales passed $3 billion last year\n\nMonth | Orders | Returns\n\nMarch | 310 | 12')).toEqual([['money', 3e9, 'USD']]);
  });
});
