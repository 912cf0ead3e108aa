import type { ArticleResult, Fact } from '@newsfacts/core';
import { addFeed, saveArticleResult, type Store } from '../src/index.ts';
import { makeFact, makeResult } from './make-result.ts';

/** A figure "by <subject> to <partner> in <period>", in the shape the extractor produces. */
export function figure(type: Fact['type'], value: number, sentence: string, m: { subject?: string | null; partner?: string | null; period?: string | null; metric?: string | null }, extra: Partial<Fact> = {}): Fact {
  const unit = type === 'tonnage' ? 't' : type === 'percentage' ? '%' : 'USD';
  const text = type === 'tonnage' ? `${value} tonnes` : type === 'percentage' ? `${value}%` : `$${value}`;
  return makeFact({
    type,
    value,
    unit,
    kind: type === 'percentage' ? 'change' : null,
    direction: type === 'percentage' ? 'down' : null,
    text,
    sentence,
    start: Math.max(0, sentence.indexOf(text)),
    end: Math.max(0, sentence.indexOf(text)) + text.length,
    confidence: 0.9,
    reasons: [],
    measurement: { metric: m.metric ?? null, subject: m.subject ?? null, partner: m.partner ?? null, period: m.period ?? null },
    ...extra,
  });
}

export function mention(type: 'country' | 'company', value: string, text: string, sentence: string): Fact {
  return makeFact({ type, value, unit: null, kind: null, direction: null, text, sentence, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, confidence: 0.95, measurement: null });
}

export function article(url: string, title: string, published: string, facts: Fact[], feedId: number | null): ArticleResult {
  const body = [...new Set(facts.map((f) => f.sentence))].join('\n\n');
  const base = makeResult({ url, finalUrl: url, canonicalUrl: url, feedId, guid: url, itemTitle: title, facts }, body);
  return { ...base, doc: { ...base.doc, title, published, url, canonicalUrl: url } };
}

const S1 = "China's U.S.-bound magnet exports were 420.5 tonnes in September.";
const S1b = 'The figure was down 28.7% from August, customs data showed.';
const S2 = 'Exports to the US came to 421 tonnes last month, down 28.7% from August.';
const S2c = 'Lynas produced 10500 tonnes of rare-earth oxide in 2025.';
const S3a = 'In September, China shipped 420.5 tonnes of magnets to the United States.';
const S3b = 'August shipments to the United States stood at 5000 tonnes.';
const S3c = "China's magnet output reached 4000 tonnes in September.";
const S3d = 'An unconfirmed estimate put July shipments at 999 tonnes.';

/**
 * Three outlets on China's magnet exports to the US. Two report 420.5 t for September 2025, a third
 * 421 t (a conflict); two report the same 28.7% fall (corroborated).
 */
export async function seedCorpus(store: Store): Promise<{ feedA: number; feedB: number; feedBUrl: string }> {
  const feedA = (await addFeed(store.db, { url: 'https://outlet-a.example/rss', intervalMinutes: 15 })).id;
  const feedBUrl = 'https://outlet-b.example/feed.xml';
  const feedB = (await addFeed(store.db, { url: feedBUrl, intervalMinutes: 15 })).id;
  const cnUs = { subject: 'CN', partner: 'US', period: '2025-09' };
  const options = { reviewThreshold: 0.8 };
  await saveArticleResult(
    store.db,
    article('https://outlet-a.example/china-magnet-exports-slide', 'China magnet exports to US slide in September', '2025-10-20T08:00:00Z', [
      figure('tonnage', 420.5, S1, { ...cnUs, metric: 'magnet exports' }),
      mention('country', 'CN', 'China', S1),
      mention('country', 'US', 'U.S.', S1),
      figure('percentage', 28.7, S1b, { ...cnUs, metric: 'magnet exports' }),
    ], feedA),
    options,
  );
  await saveArticleResult(
    store.db,
    article('https://outlet-b.example/magnet-shipments-drop', 'Magnet shipments to US drop again', '2025-10-21T10:30:00Z', [
      figure('tonnage', 421, S2, { ...cnUs, metric: 'exports' }),
      figure('percentage', 28.7, S2, { ...cnUs, metric: 'exports' }),
      mention('company', 'Lynas Rare Earths', 'Lynas', S2c),
      figure('tonnage', 10500, S2c, { period: '2025', metric: 'rare-earth oxide' }),
    ], feedB),
    options,
  );
  await saveArticleResult(
    store.db,
    article('https://outlet-c.example/2025-month-by-month', 'Rare-earth magnet exports in 2025, month by month', '2025-11-05T06:00:00Z', [
      figure('tonnage', 420.5, S3a, { ...cnUs, metric: 'shipments' }),
      figure('tonnage', 5000, S3b, { subject: 'CN', partner: 'US', period: '2025-08', metric: 'shipments' }),
      figure('tonnage', 4000, S3c, { subject: 'CN', period: '2025-09', metric: 'magnet output' }),
      figure('tonnage', 999, S3d, { subject: 'CN', partner: 'US', period: '2025-07', metric: 'shipments' }, { confidence: 0.5 }),
    ], feedA),
    options,
  );
  return { feedA, feedB, feedBUrl };
}
