import type { Fact } from '@newsfacts/core';
import { saveArticleResult, type Store } from '@newsfacts/store';
import { makeFact, makeResult } from '../../../store/test/make-result.ts';

/** Stores a story of one sentence naming a company ([value, as written]) beside a tonnage of a year. */
export async function companyStory(store: Store, n: number, sentence: string, company: [string, string], tonnes: number, year: string): Promise<void> {
  const at = sentence.indexOf(company[1]);
  const text = `${tonnes} tonnes`;
  const t = sentence.indexOf(text);
  const facts: Fact[] = [
    makeFact({ type: 'company', value: company[0], unit: null, direction: null, kind: null, text: company[1], sentence, start: at, end: at + company[1].length }),
    makeFact({ type: 'tonnage', value: tonnes, unit: 't', direction: null, kind: null, text, sentence, start: t, end: t + text.length, measurement: { metric: 'output', subject: null, partner: null, period: year } }),
  ];
  await saveArticleResult(store.db, makeResult({ url: `https://news.example/entities/${n}`, facts }, sentence), { reviewThreshold: 0.8 });
}

/** Two stories naming one company by its old and new names: two entities until a reviewer merges them. */
export async function seedRenamedCompany(store: Store): Promise<void> {
  await companyStory(store, 1, 'Arafura Rare Earths Ltd expects 500 tonnes in 2025.', ['Arafura Rare Earths Ltd', 'Arafura Rare Earths Ltd'], 500, '2025');
  await companyStory(store, 2, 'Arafura Resources said 600 tonnes in 2024.', ['Arafura Resources', 'Arafura Resources'], 600, '2024');
}
