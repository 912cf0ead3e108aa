import type { ArticleResult, Fact } from '@newsfacts/core';
import { saveArticleResult } from '@newsfacts/store';
import type { Database } from '@newsfacts/store';
import type { Kysely } from 'kysely';

export interface SeedFact {
  /** Exact surface text; must occur once in `sentence`. */
  text: string;
  sentence: string;
  type?: Fact['type'];
  value: number | string;
  unit?: string | null;
  confidence: number;
  reasons?: string[];
  period?: string | null;
  subject?: string | null;
  partner?: string | null;
}

export interface SeedArticle {
  url: string;
  title: string;
  /** Paragraphs of the body; facts' sentences must appear in them. */
  paragraphs: string[];
  facts: SeedFact[];
  siteName?: string;
  published?: string;
}

/** Builds an ArticleResult by hand (offsets computed from the body), as the pipeline would hand it over. */
export function articleResult(a: SeedArticle): ArticleResult {
  const body = a.paragraphs.join('\n\n');
  const facts: Fact[] = a.facts.map((f) => {
    const at = body.indexOf(f.sentence);
    if (at < 0) throw new Error(`sentence not in body: ${f.sentence}`);
    const start = at + f.sentence.indexOf(f.text);
    return {
      type: f.type ?? 'tonnage',
      value: f.value,
      unit: f.unit === undefined ? 't' : f.unit,
      qualifier: null,
      direction: null,
      kind: null,
      range: null,
      measurement: f.period || f.subject || f.partner ? { metric: 'exports', subject: f.subject ?? null, partner: f.partner ?? null, period: f.period ?? null } : null,
      text: f.text,
      sentence: f.sentence,
      start,
      end: start + f.text.length,
      confidence: f.confidence,
      reasons: f.reasons ?? ['seeded: low confidence'],
      extractorVersion: 'seed-1',
    };
  });
  return {
    url: a.url,
    finalUrl: a.url,
    canonicalUrl: a.url,
    feedId: null,
    guid: null,
    itemTitle: a.title,
    itemPublished: a.published ?? '2025-10-20T08:00:00Z',
    fetch: { url: a.url, kind: 'article', feedId: null, status: 200, bytes: body.length, ms: 5, fromCache: false, error: null, fetchedAt: '2025-10-20T09:00:00Z' },
    html: `<html><body>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    doc: {
      url: a.url,
      title: a.title,
      published: a.published ?? '2025-10-20',
      canonicalUrl: a.url,
      lang: 'en',
      bodyText: body,
      blocks: [],
      captions: [],
      metadata: {
        title: null,
        published: { value: a.published ?? '2025-10-20', source: 'meta' },
        modified: null,
        author: null,
        canonicalUrl: null,
        siteName: a.siteName ? { value: a.siteName, source: 'meta' } : null,
        lang: null,
        leadImage: null,
      },
      isArticle: true,
      notArticleReason: null,
      boilerplateVersion: 'seed-bp',
    },
    facts,
    extractorVersion: 'seed-1',
  } as ArticleResult;
}

export async function seedArticles(db: Kysely<Database>, articles: SeedArticle[]): Promise<void> {
  for (const a of articles) await saveArticleResult(db, articleResult(a), { reviewThreshold: 0.8 });
}

const COUNTRIES = ['China', 'Japan', 'Germany', 'the United States', 'South Korea'];

/**
 * `n` articles with one pending tonnage figure each (confidence spread 0.10..0.79) and one
 * auto-accepted percentage, in the style of export-control news.
 */
export function pendingArticles(n: number, prefix = 'https://wire.example/story'): SeedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const tonnes = 100 + i * 7;
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const sentence = `Shipments of rare-earth magnets to ${country} reached ${tonnes} tonnes in month ${(i % 12) + 1}.`;
    const share = `Producers said output rose ${(i % 40) + 1}.5% from a year earlier.`;
    return {
      url: `${prefix}/${i + 1}`,
      title: `Magnet shipments update ${i + 1}`,
      siteName: 'Wire Example',
      paragraphs: [`Customs data published on Monday covered several destinations. ${sentence} Officials gave no reason.`, share],
      facts: [
        { text: `${tonnes} tonnes`, sentence, value: tonnes, confidence: Math.round((0.1 + ((i * 37) % 70) / 100) * 100) / 100, reasons: ['no period stated', `seed ${i}`] },
        { text: `${(i % 40) + 1}.5%`, sentence: share, type: 'percentage', value: (i % 40) + 1.5, unit: '%', confidence: 0.95, reasons: [] },
      ],
    };
  });
}
