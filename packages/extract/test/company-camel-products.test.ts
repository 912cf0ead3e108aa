import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('camel-case words used as products', () => {
  it('reads a camel-case word as a product after an adjective of novelty or before a model number or a part', () => {
    expect(names('Reviewers liked the new SlimDock for its weight.')).toEqual([]);
    expect(names('Owners said the PixelMate app crashed twice a day.')).toEqual([]);
    expect(names('Buyers preferred ZenCore 4 over the older models.')).toEqual([]);
  });

  it('still reads a camel-case word the text uses as a firm', () => {
    expect(names('BrightCart said holiday orders rose by a tenth.')).toEqual(['BrightCart']);
  });

  it('takes no camel-case word as a firm by its spelling alone', () => {
    expect(names('Shoppers flocked to BrightCart during the holiday sale.')).toEqual([]);
    expect(names('The NovaDesk update arrives on older machines next month.')).toEqual([]);
  });
});
