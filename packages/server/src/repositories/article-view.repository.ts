import { gunzipSync } from 'node:zlib';
import type { ServerDb } from '../server-database.ts';

export interface ArticleViewFact {
  id: number;
  type: string;
  value: number | string | null;
  unit: string | null;
  period: string | null;
  text: string;
  start: number;
  end: number;
  status: string;
  confidence: number;
  groupId: number | null;
}

export interface ArticleView {
  id: number;
  url: string;
  canonicalUrl: string;
  title: string | null;
  published: string | null;
  siteName: string | null;
  author: string | null;
  lang: string | null;
  body: string;
  /** Parsed metadata_json: each value with where the cleaner found it. */
  metadata: Record<string, { value: string; source: string } | null>;
  fetchedAt: string;
  extractorVersion: string;
  hasSnapshot: boolean;
  facts: ArticleViewFact[];
}

/** Highlights per article are bounded; an article past this shows the first ones (in text order). */
export const MAX_VIEW_FACTS = 2000;

export async function getArticleView(db: ServerDb, id: number): Promise<ArticleView | undefined> {
  const a = await db
    .selectFrom('articles')
    .select(['id', 'url', 'canonical_url', 'title', 'published', 'site_name', 'author', 'lang', 'body_text', 'metadata_json', 'fetched_at', 'extractor_version'])
    .select((eb) => eb('html_gz', 'is not', null).as('has_snapshot'))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!a) return undefined;
  const facts = await db
    .selectFrom('facts')
    .select(['id', 'type', 'value_num', 'value_text', 'unit', 'period', 'text', 'start', 'end', 'status', 'confidence', 'group_id'])
    .where('article_id', '=', id)
    .orderBy('start')
    .orderBy('id')
    .limit(MAX_VIEW_FACTS)
    .execute();
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonical_url,
    title: a.title,
    published: a.published,
    siteName: a.site_name,
    author: a.author,
    lang: a.lang,
    body: a.body_text,
    metadata: parseMetadata(a.metadata_json),
    fetchedAt: String(a.fetched_at),
    extractorVersion: a.extractor_version,
    hasSnapshot: Boolean(a.has_snapshot),
    facts: facts.map((f) => ({
      id: f.id,
      type: f.type,
      value: f.value_num ?? f.value_text,
      unit: f.unit,
      period: f.period,
      text: f.text,
      start: f.start,
      end: f.end,
      status: f.status,
      confidence: f.confidence,
      groupId: f.group_id,
    })),
  };
}

function parseMetadata(json: string): ArticleView['metadata'] {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    const out: ArticleView['metadata'] = {};
    for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
      const sv = v as { value?: unknown; source?: unknown } | null;
      out[key] = sv && typeof sv.value === 'string' && typeof sv.source === 'string' ? { value: sv.value, source: sv.source } : null;
    }
    return out;
  } catch {
    return {};
  }
}

/** The page as fetched (decompressed), or null when the article was stored without its snapshot. */
export async function getArticleSnapshot(db: ServerDb, id: number): Promise<string | null> {
  const row = await db.selectFrom('articles').select('html_gz').where('id', '=', id).executeTakeFirst();
  return row?.html_gz ? gunzipSync(row.html_gz).toString('utf8') : null;
}

export async function articleIdOfFact(db: ServerDb, factId: number): Promise<number | undefined> {
  return (await db.selectFrom('facts').select('article_id').where('id', '=', factId).executeTakeFirst())?.article_id;
}

export async function articleIdOfGroup(db: ServerDb, groupId: number): Promise<{ articleId: number; factId: number } | undefined> {
  const row = await db.selectFrom('facts').select(['article_id', 'id']).where('group_id', '=', groupId).orderBy('id').limit(1).executeTakeFirst();
  return row ? { articleId: row.article_id, factId: row.id } : undefined;
}
