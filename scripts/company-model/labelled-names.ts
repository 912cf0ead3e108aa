import { cleanHtml } from '../../packages/boilerplate/src/index.ts';
import { extractDocumentFacts } from '../../packages/extract/src/index.ts';
import { foldCompany, goldValues } from '../bench-facts/match.ts';
import { goldCompanyNames } from '../bench-facts/unseen-names.ts';
import { nameCandidates, type NameCandidate } from './candidate-features.ts';
import type { DevArticle } from './dev-articles.ts';

/** A gold company value of an article: the folded forms it matches, and whether it is only optional. */
export interface GoldCompany {
  keys: string[];
  optional: boolean;
}

/** A company the hand rules output: its folded value and where its mentions are in the cleaned body. */
export interface RuleCompany {
  key: string;
  spans: Array<{ start: number; end: number }>;
}

export interface LabelledCandidate extends NameCandidate {
  /** 1: a required gold company; 0: no gold company; null: only an optional one (left out of fitting). */
  label: 1 | 0 | null;
}

/** One reading of an article: the names it writes, labelled, and what the rules output for it. */
export interface ArticleReading {
  candidates: LabelledCandidate[];
  rules: RuleCompany[];
}

export interface LabelledArticle {
  id: string;
  site: string;
  set: DevArticle['set'];
  gold: GoldCompany[];
  /** As production reads it. */
  seen: ArticleReading;
  /** With the article's gold company names hidden from the lists (the --unseen-names reading). */
  unseen: ArticleReading;
}

function rulesOf(facts: ReturnType<typeof extractDocumentFacts>): RuleCompany[] {
  const byKey = new Map<string, RuleCompany>();
  for (const f of facts) {
    if (f.type !== 'company') continue;
    const key = foldCompany(String(f.value));
    const r = byKey.get(key) ?? { key, spans: [] };
    r.spans.push({ start: f.start, end: f.end });
    byKey.set(key, r);
  }
  return [...byKey.values()];
}

function labelled(candidates: NameCandidate[], gold: GoldCompany[]): LabelledCandidate[] {
  return candidates.map((c) => {
    const hit = gold.find((g) => g.keys.includes(c.key));
    return { ...c, label: hit ? (hit.optional ? null : 1) : 0 };
  });
}

/** Reads one development article through the production path twice (lists as shipped, gold names hidden). */
export function labelArticle(a: DevArticle): LabelledArticle {
  const gold = goldValues('company', a.gold, a.goldBody).map((v) => ({ keys: [...new Set(v.keys.map((k) => k.exact!))], optional: v.optional }));
  const doc = cleanHtml(a.html, a.url, { feedPublished: a.feedPublished });
  const published = doc.published ?? a.feedPublished;
  const hidden = goldCompanyNames(a.gold, a.goldBody);
  const read = (unseen?: string[]): ArticleReading => {
    if (!doc.isArticle) return { candidates: [], rules: [] };
    const facts = extractDocumentFacts(doc, published, unseen ? { unseenCompanyNames: unseen } : {});
    return { candidates: labelled(nameCandidates(doc.bodyText, unseen), gold), rules: rulesOf(facts) };
  };
  return { id: a.id, site: a.site, set: a.set, gold, seen: read(), unseen: read(hidden) };
}
