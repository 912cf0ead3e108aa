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
});
