import type { Fact } from '@newsfacts/core';
import type { CompanyMention } from '../entities/companies.ts';
import type { CountryMention } from '../entities/countries.ts';
import { baseFact, clamp, type ArticleCtx } from './context.ts';

export function countryFacts(a: ArticleCtx, countries: CountryMention[]): Fact[] {
  return countries.map((c) => ({ ...baseFact(a, 'country', c.code, c.start, c.end, c.firstToken), confidence: clamp(c.confidence), reasons: c.reasons }));
}

export function companyFacts(a: ArticleCtx, companies: CompanyMention[]): Fact[] {
  return companies.map((c) => ({ ...baseFact(a, 'company', c.name, c.start, c.end, c.firstToken), confidence: clamp(c.confidence), reasons: c.reasons }));
}
