import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../company-model/candidate-features.ts';
import { modelAlone, rulesMinusModel, rulesPlusModel, scoreKeys } from '../company-model/combinations.ts';
import type { ArticleReading, GoldCompany } from '../company-model/labelled-names.ts';

const body = 'Harrowgate Pumps Ltd said on Monday it will supply Corvel. Analysts at Pellam Street expect more orders, Jane Oduya said.';

describe('nameCandidates', () => {
  const names = nameCandidates(body);
  const byKey = new Map(names.map((n) => [n.key, n]));

  it('gives every capitalised name once, folded as the bench folds it, with where it is written', () => {
    expect([...byKey.keys()]).toEqual(expect.arrayContaining(['harrowgatepumps', 'corvel', 'pellamstreet', 'janeoduya']));
    const corvel = byKey.get('corvel')!;
    expect(body.slice(corvel.spans[0]!.start, corvel.spans[0]!.end)).toBe('Corvel');
  });

  it('describes a name by its shape and the words around it, not by any rule verdict', () => {
    const pumps = byKey.get('harrowgatepumps')!.cues;
    expect(pumps).toEqual(expect.arrayContaining(['end:legal', 'len:3', 'n1:said', 'start:all', 'count:1']));
    expect(byKey.get('corvel')!.cues).toEqual(expect.arrayContaining(['p1:supply', 'n1:.', 'len:1']));
    expect(byKey.get('janeoduya')!.cues).toContain('person:given-name-first');
  });

  it('drops list lookups for the names a benchmark hides', () => {
    const listed = (unseen?: string[]) => nameCandidates('Reports said Glencore raised output.', unseen).find((n) => n.key === 'glencore')!.cues.filter((c) => c.startsWith('list:'));
    expect(listed()).not.toEqual([]);
    expect(listed(['Glencore'])).toEqual([]);
  });
});

describe('combinations of the rules and the name model', () => {
  const span = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length });
  const reading: ArticleReading = {
    candidates: [
      { key: 'harrowgatepumps', name: 'Harrowgate Pumps Ltd', spans: [span('Harrowgate Pumps Ltd')], cues: [], label: 1 },
      { key: 'corvel', name: 'Corvel', spans: [span('Corvel')], cues: [], label: 1 },
      { key: 'pellamstreet', name: 'Pellam Street', spans: [span('Pellam Street')], cues: [], label: 0 },
    ],
    rules: [
      { key: 'harrowgatepumps', spans: [span('Harrowgate Pumps Ltd')] },
      { key: 'pellamstreet', spans: [span('Pellam Street')] },
    ],
  };
  const p = [0.99, 0.93, 0.01];
  const gold: GoldCompany[] = [{ keys: ['harrowgatepumps'], optional: false }, { keys: ['corvel'], optional: false }, { keys: ['oduyaholdings'], optional: true }];

  it('counts a gold value once however many of its forms are found, and an optional one neither way', () => {
    expect(scoreKeys(gold, new Set(['harrowgatepumps', 'oduyaholdings', 'pellamstreet']))).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('adds only the names the model is sure of that no rule company covers, and drops only what it is sure is none', () => {
    expect(modelAlone(reading, p, 0.5)).toEqual(new Set(['harrowgatepumps', 'corvel']));
    expect(rulesPlusModel(reading, p, 0.95)).toEqual(new Set(['harrowgatepumps', 'pellamstreet']));
    expect(rulesPlusModel(reading, p, 0.9)).toEqual(new Set(['harrowgatepumps', 'pellamstreet', 'corvel']));
    expect(rulesMinusModel(reading, p, 0.05)).toEqual(new Set(['harrowgatepumps']));
  });
});
