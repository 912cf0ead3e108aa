import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented firms quoted after the noun of their kind, as Russian, French and Spanish news write them. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('a name in quotation marks after a noun of a business', () => {
  it('takes the quoted name after a company, chain, restaurant or cafe noun', () => {
    expect(names('Сегодня компания «Кедровый Двор» открыла новый магазин.')).toEqual(['Кедровый Двор']);
    expect(names('Он владелец двух ресторанов «Сладкий Дом» в Москве.')).toEqual(['Сладкий Дом']);
    expect(names('La société « Vexora » a annoncé des pertes.')).toEqual(['Vexora']);
    expect(names('La empresa «Vexora» anunció pérdidas.')).toEqual(['Vexora']);
  });

  it('leaves a film and a gang quoted after their own nouns out', () => {
    expect(names('Вчера вышел фильм «Сладкий Дом» в Москве.')).toEqual([]);
    expect(names('Ha visto il film «Vexora» ieri.')).toEqual([]);
    expect(names('Группировка «Северный Ветер» атаковала город.')).toEqual([]);
  });
});
