import { describe, expect, it } from 'vitest';
import { applyInMemory, type ArticleMention, MemoryEntityIndex, resolveArticle } from '../src/index.ts';

function mention(ref: number, text: string, context?: string): ArticleMention {
  return context ? { ref, text, context, contextEnd: context.indexOf(text) + text.length } : { ref, text };
}

/** Resolves articles in order into one index; returns every mention's entity id, all articles in a row, (null: unresolved) and how. */
function resolveAll(articles: ArticleMention[][], index = new MemoryEntityIndex()) {
  let next = 100;
  return articles.flatMap((mentions) => {
    const r = resolveArticle(index, mentions);
    const ids = applyInMemory(index, r, () => next++);
    return mentions.map((m, i) => ({ text: m.text, id: ids[i], how: r.mentions[i]!.how }));
  });
}

describe('resolveArticle', () => {
  it('joins legal-form and punctuation variants across articles', () => {
    const [a, b, c] = resolveAll([[mention(1, 'MP Materials Corp.')], [mention(2, 'MP Materials')], [mention(3, 'M.P. Materials Corporation')]]);
    expect(b!.id).toBe(a!.id);
    expect(c!.id).toBe(a!.id);
  });

  it('joins a short form met first with the full name met later, and the other way round', () => {
    const [short, full, again] = resolveAll([[mention(1, 'Tianqi')], [mention(2, 'Tianqi Lithium Corp')], [mention(3, 'Tianqi Lithium')]]);
    expect(full!.id).toBe(short!.id);
    expect(again!.id).toBe(short!.id);
  });

  it('learns an acronym defined in brackets and uses it in later articles', () => {
    const text = 'Contemporary Amperex Technology Co. Limited (CATL) said on Monday';
    const [full, acr, later] = resolveAll([[mention(1, 'Contemporary Amperex Technology Co. Limited', text), mention(2, 'CATL')], [mention(3, 'CATL')]]);
    expect(acr!.id).toBe(full!.id);
    expect(later!.id).toBe(full!.id);
  });

  it('learns a ticker and finds the company by it elsewhere', () => {
    const text = 'Lynas Rare Earths Ltd (ASX: LYC) said';
    const [full, ticker] = resolveAll([[mention(1, 'Lynas Rare Earths Ltd', text)], [mention(2, 'LYC')]]);
    expect(ticker!.id).toBe(full!.id);
  });

  it('keeps a name with a country word whole, and leaves the country word alone unresolved', () => {
    const [zinc, country] = resolveAll([[mention(1, 'Korea Zinc Co., Ltd.'), mention(2, 'Korea')]]);
    expect(zinc!.id).not.toBeNull();
    expect(country!.id).toBeNull();
    expect(country!.how).toMatch(/country word/);
  });

  it('leaves a common word unresolved with its reason', () => {
    const [, northern] = resolveAll([[mention(1, 'Northern Minerals Limited'), mention(2, 'Northern')]]);
    expect(northern!.id).toBeNull();
    expect(northern!.how).toMatch(/common word/);
  });

  it('leaves a short name two companies share unresolved, naming both', () => {
    const [mat, corp, bare] = resolveAll([[mention(1, 'Mitsubishi Materials Corporation'), mention(2, 'Mitsubishi Corporation'), mention(3, 'Mitsubishi')]]);
    expect(mat!.id).not.toBe(corp!.id);
    expect(bare!.id).toBeNull();
    expect(bare!.how).toMatch(/shared by Mitsubishi Materials and Mitsubishi/);
  });

  it('does not join two full names that share a first word', () => {
    const [a, b] = resolveAll([[mention(1, 'Sumitomo Metal Mining Co., Ltd.')], [mention(2, 'Sumitomo Corporation')]]);
    expect(b!.id).not.toBe(a!.id);
  });

  it('uses the knowledge base it is given', () => {
    const index = new MemoryEntityIndex();
    index.put({ id: 1, name: 'Rio Tinto', aliases: ['Rio Tinto plc'], tickers: ['RIO'] });
    const [a, b] = resolveAll([[mention(1, 'Rio Tinto Group'), mention(2, 'Rio')]], index);
    expect(a!.id).toBe(1);
    expect(b!.id).toBe(1);
  });

  it('leaves a short form unresolved when the article implies one company and a known one goes by it', () => {
    const index = new MemoryEntityIndex();
    index.put({ id: 1, name: 'Neo Performance Materials', aliases: ['Neo'], tickers: ['NEO'] });
    const [full, bare] = resolveAll([[mention(1, 'Neo Lithium Corp.'), mention(2, 'Neo')]], index);
    expect(full!.id).not.toBe(1);
    expect(bare!.id).toBeNull();
    expect(bare!.how).toMatch(/short form of Neo Lithium in this article, and the name of Neo Performance Materials/);
  });

  it('follows the article when it defines the short form itself', () => {
    const index = new MemoryEntityIndex();
    index.put({ id: 1, name: 'Neo Performance Materials', aliases: ['Neo'] });
    const text = 'Neo Lithium Corp. ("Neo") said its brine project was on time. Neo will report next week.';
    const [full, bare] = resolveAll([[mention(1, 'Neo Lithium Corp.', text), { ref: 2, text: 'Neo', context: text, contextEnd: text.indexOf('Neo will') + 3 }]], index);
    expect(bare!.id).toBe(full!.id);
    expect(bare!.id).not.toBe(1);
  });

  it('still follows the article when the known company only shares a first word', () => {
    const index = new MemoryEntityIndex();
    index.put({ id: 1, name: 'Mitsubishi Chemical Group', aliases: [] });
    const [full, bare] = resolveAll([[mention(1, 'Mitsubishi Materials Corporation'), mention(2, 'Mitsubishi')]], index);
    expect(full!.id).not.toBe(1);
    expect(bare!.id).toBe(full!.id);
  });

  it('never takes a company registered under one word for the short form of a longer name', () => {
    const index = new MemoryEntityIndex();
    index.put({ id: 1, name: 'Mitsubishi Corporation', aliases: [] });
    const [full, bare] = resolveAll([[mention(1, 'Mitsubishi Materials Corporation'), mention(2, 'Mitsubishi')]], index);
    expect(full!.id).not.toBe(1);
    expect(bare!.id).toBeNull();
    expect(bare!.how).toMatch(/short form of Mitsubishi Materials in this article, and the name of Mitsubishi Corporation/);
  });

  it('drops the province that leads a registered name, but never resolves the province alone', () => {
    const [full, short, shorter, province] = resolveAll([[mention(1, 'Zhejiang Huayou Cobalt Co., Ltd.')], [mention(2, 'Huayou Cobalt'), mention(3, 'Huayou')], [mention(4, 'Zhejiang')]]);
    expect(short!.id).toBe(full!.id);
    expect(shorter!.id).toBe(full!.id);
    expect(province!.id).toBeNull();
    expect(province!.how).toMatch(/place name/);
  });

  it('learns a short name defined in brackets, even a common word, for that article only', () => {
    const text = 'Core Lithium Ltd ("Core") cut jobs. Core said';
    const [full, bare, later] = resolveAll([
      [mention(1, 'Core Lithium Ltd', text), { ref: 2, text: 'Core', context: text, contextEnd: text.lastIndexOf('Core') + 4 }],
      [mention(3, 'Core')],
    ]);
    expect(bare!.id).toBe(full!.id);
    expect(later!.id).toBeNull();
  });
});
