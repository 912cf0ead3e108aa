import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEntityCsv } from '@newsfacts/entities';
import type { Fact } from '@newsfacts/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EntityDecisionError, entityDecisions, importEntities, listEntities, listUnresolved, mergeEntities, openDb, queryFacts, relinkCompanies, renameEntity,
  saveArticleResult, splitAlias, type Store,
} from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

let dir: string;
let store: Store;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-entities-'));
  store = await openDb(join(dir, 'facts.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An article whose sentences each name companies ([value, as written]) beside a tonnage for 2025. */
async function article(n: number, sentences: { sentence: string; companies: [string, string][]; tonnes?: number }[]): Promise<void> {
  const facts: Fact[] = [];
  let offset = 0;
  for (const s of sentences) {
    for (const [value, text] of s.companies) {
      const at = s.sentence.indexOf(text);
      facts.push(makeFact({ type: 'company', value, unit: null, direction: null, kind: null, text, sentence: s.sentence, start: offset + at, end: offset + at + text.length }));
    }
    if (s.tonnes !== undefined) {
      const text = `${s.tonnes} tonnes`;
      const at = s.sentence.indexOf(text);
      facts.push(makeFact({ type: 'tonnage', value: s.tonnes, unit: 't', direction: null, kind: null, text, sentence: s.sentence, start: offset + at, end: offset + at + text.length, measurement: { metric: 'output', subject: null, partner: null, period: '2025' } }));
    }
    offset += s.sentence.length + 1;
  }
  const body = sentences.map((s) => s.sentence).join(' ');
  await saveArticleResult(store.db, makeResult({ url: `https://news.example/e/${n}`, facts }, body), { reviewThreshold: 0.8 });
}

const companyFacts = () => store.db.selectFrom('facts').select(['id', 'text', 'entity_id']).where('type', '=', 'company').orderBy('id').execute();

describe('company facts resolve to entities in the store step', () => {
  it('joins legal-form variants, tickers and short forms across articles, and any alias finds the facts', async () => {
    await article(1, [{ sentence: 'MP Materials Corp. (NYSE: MP) produced 1300 tonnes of oxide in 2025.', companies: [['MP Materials Corp.', 'MP Materials Corp.']], tonnes: 1300 }]);
    await article(2, [{ sentence: 'MP Materials said it expects 1500 tonnes in 2025.', companies: [['MP Materials', 'MP Materials']], tonnes: 1500 }]);
    await article(3, [{ sentence: 'Analysts say MP could reach 1400 tonnes in 2025.', companies: [['MP', 'MP']], tonnes: 1400 }]);
    const ids = new Set((await companyFacts()).map((f) => f.entity_id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBeNull();

    const [mp, ...others] = await listEntities(store.db);
    expect(others).toEqual([]);
    expect(mp).toMatchObject({ name: 'MP Materials', kind: 'company', ticker: 'MP', exchange: 'NYSE', article_count: 3, fact_count: 6 });
    expect(mp!.aliases).toEqual(expect.arrayContaining(['MP', 'MP Materials Corp.']));
    for (const name of ['MP', 'mp materials corp.', 'MP Materials']) {
      const page = await queryFacts(store.db, { company: name, type: 'tonnage' });
      expect(page.rows.map((r) => r.value)).toEqual([1300, 1500, 1400]);
    }
    const company = await queryFacts(store.db, { type: 'company' });
    expect(company.rows.every((r) => r.entity_id === mp!.id)).toBe(true);
  });

  it('keeps an ambiguous short name unresolved with its reason and candidates', async () => {
    await article(1, [
      { sentence: 'Mitsubishi Materials Corporation and Mitsubishi Corporation signed a deal.', companies: [['Mitsubishi Materials Corporation', 'Mitsubishi Materials Corporation'], ['Mitsubishi Corporation', 'Mitsubishi Corporation']] },
    ]);
    await article(2, [{ sentence: 'Mitsubishi said it shipped 200 tonnes in 2025.', companies: [['Mitsubishi', 'Mitsubishi']], tonnes: 200 }]);
    const facts = await companyFacts();
    expect(facts.find((f) => f.text === 'Mitsubishi')!.entity_id).toBeNull();
    const [u] = await listUnresolved(store.db);
    expect(u).toMatchObject({ mention: 'Mitsubishi', fact_count: 1, article_count: 1 });
    expect(u!.reason).toMatch(/shared by/);
    expect(u!.candidates.map((c) => c.name).sort()).toEqual(['Mitsubishi', 'Mitsubishi Materials']);
  });
});

describe('reviewer decisions', () => {
  beforeEach(async () => {
    await article(1, [{ sentence: 'Arafura Rare Earths Ltd expects 500 tonnes in 2025.', companies: [['Arafura Rare Earths Ltd', 'Arafura Rare Earths Ltd']], tonnes: 500 }]);
    await article(2, [{ sentence: 'Arafura Resources said 600 tonnes in 2025.', companies: [['Arafura Resources', 'Arafura Resources']], tonnes: 600 }]);
  });

  const byName = async (name: string) => (await listEntities(store.db)).find((e) => e.name === name);

  it('merge moves facts, links and names, and is audited; relink keeps it', async () => {
    const into = (await byName('Arafura Rare Earths'))!;
    const from = (await byName('Arafura Resources'))!;
    const r = await mergeEntities(store.db, { fromId: from.id, intoId: into.id, reviewer: 'rita', reason: 'renamed in 2022' });
    expect(r.factsMoved).toBe(1);
    const [merged, ...rest] = await listEntities(store.db);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ id: into.id, article_count: 2, fact_count: 4 });
    expect(merged!.aliases).toContain('Arafura Resources');
    expect((await queryFacts(store.db, { company: 'Arafura Resources', type: 'tonnage' })).rows.map((f) => f.value)).toEqual([500, 600]);
    const [decision] = await entityDecisions(store.db, into.id);
    expect(decision).toMatchObject({ action: 'merge', reviewer: 'rita', other_entity_id: from.id, facts_moved: 1, reason: 'renamed in 2022' });

    await relinkCompanies(store.db, { reviewer: 'cli' });
    expect(new Set((await companyFacts()).map((f) => f.entity_id))).toEqual(new Set([into.id]));
  });

  it('split moves an alias and the facts written so into a new entity', async () => {
    const into = (await byName('Arafura Rare Earths'))!;
    await mergeEntities(store.db, { fromId: (await byName('Arafura Resources'))!.id, intoId: into.id, reviewer: 'rita' });
    const r = await splitAlias(store.db, { entityId: into.id, alias: 'Arafura Resources', reviewer: 'rita' });
    expect(r.factsMoved).toBe(1);
    const split = (await byName('Arafura Resources'))!;
    expect(split).toMatchObject({ id: r.otherEntityId, article_count: 1, fact_count: 2 });
    expect((await queryFacts(store.db, { company: 'Arafura Resources', type: 'tonnage' })).rows.map((f) => f.value)).toEqual([600]);
    expect((await byName('Arafura Rare Earths'))!.aliases).not.toContain('Arafura Resources');
    await expect(splitAlias(store.db, { entityId: into.id, alias: 'Lynas', reviewer: 'rita' })).rejects.toThrow(EntityDecisionError);
  });

  it('rename keeps the old name as an alias and refuses a name another entity has', async () => {
    const e = (await byName('Arafura Resources'))!;
    await renameEntity(store.db, { entityId: e.id, name: 'Arafura Resources Limited', reviewer: 'rita' });
    const renamed = (await listEntities(store.db, { search: 'limited' }))[0]!;
    expect(renamed).toMatchObject({ id: e.id, name: 'Arafura Resources Limited', origin: 'reviewer' });
    expect(renamed.aliases).toContain('Arafura Resources');
    await expect(renameEntity(store.db, { entityId: e.id, name: 'Arafura Rare Earths', reviewer: 'rita' })).rejects.toThrow(/merge them instead/);
    expect((await entityDecisions(store.db, e.id))[0]).toMatchObject({ action: 'rename', alias: 'Arafura Resources' });
  });
});

describe('importing a knowledge base', () => {
  it('loads the sample file, links parents, and relink resolves stored facts with it', async () => {
    await article(1, [{ sentence: 'Arafura Resources said 600 tonnes in 2025.', companies: [['Arafura Resources', 'Arafura Resources']], tonnes: 600 }]);
    await article(2, [{ sentence: 'Arafura Rare Earths expects 700 tonnes in 2025.', companies: [['Arafura Rare Earths', 'Arafura Rare Earths']], tonnes: 700 }]);
    expect(new Set((await companyFacts()).map((f) => f.entity_id)).size).toBe(2);
    const kb = parseEntityCsv(readFileSync(new URL('../../../fixtures/entities/critical-minerals.csv', import.meta.url), 'utf8'));
    const summary = await importEntities(store.db, kb, { reviewer: 'cli', source: 'critical-minerals.csv' });
    expect(summary.unknownParents).toEqual([]);
    expect(summary.parentsLinked).toBe(2);
    const arcadium = (await listEntities(store.db, { search: 'Arcadium' }))[0]!;
    expect(arcadium).toMatchObject({ parent: 'Rio Tinto', ticker: 'ALTM', exchange: 'NYSE' });

    const relinked = await relinkCompanies(store.db, { reviewer: 'cli' });
    expect(relinked).toMatchObject({ articles: 2, companyFacts: 2, resolved: 2 });
    const arafura = (await listEntities(store.db, { search: 'Arafura' }))[0]!;
    expect(arafura).toMatchObject({ name: 'Arafura Rare Earths', article_count: 2 });
    expect(new Set((await companyFacts()).map((f) => f.entity_id))).toEqual(new Set([arafura.id]));
    // Importing again updates what is there instead of adding rows.
    const again = await importEntities(store.db, kb, { reviewer: 'cli', source: 'critical-minerals.csv' });
    expect(again.created).toBe(0);
  });
});
