import type { ReviewItem } from '@newsfacts/core';
import { groupCorroboration, sourceLink } from '@newsfacts/store';
import { sql } from 'kysely';
import { asStoreDb, type ServerDb } from '../server-database.ts';

const MAX_PARAGRAPH = 1200;

/** The paragraph of `body` around [start, end), with the span's offsets inside it. */
export function paragraphAround(body: string, start: number, end: number, sentence: string, text: string): { paragraph: string; spanStart: number; spanEnd: number } {
  if (start >= 0 && end <= body.length && start < end && body.slice(start, end) === text) {
    let from = body.lastIndexOf('\n', start - 1) + 1;
    let to = body.indexOf('\n', end);
    if (to === -1) to = body.length;
    // A whole article on one line is no paragraph: keep a readable window around the span.
    if (to - from > MAX_PARAGRAPH) {
      from = Math.max(from, start - MAX_PARAGRAPH / 2);
      to = Math.min(to, end + MAX_PARAGRAPH / 2);
    }
    return { paragraph: body.slice(from, to), spanStart: start - from, spanEnd: end - from };
  }
  // Offsets that do not match the stored body (edited article): fall back to the sentence.
  const at = sentence.indexOf(text);
  return at >= 0 ? { paragraph: sentence, spanStart: at, spanEnd: at + text.length } : { paragraph: sentence, spanStart: 0, spanEnd: 0 };
}

function outletOf(siteName: string | null, url: string): string | null {
  if (siteName) return siteName;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Loads review items in the order of `ids`, with their lease expiry for `reviewer`. */
export async function loadReviewItems(db: ServerDb, ids: readonly number[], reviewer: string): Promise<ReviewItem[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('facts')
    .innerJoin('articles', 'articles.id', 'facts.article_id')
    .leftJoin('fact_groups', 'fact_groups.id', 'facts.group_id')
    .leftJoin('review_leases', (j) => j.onRef('review_leases.fact_id', '=', 'facts.id').on('review_leases.reviewer', '=', reviewer))
    .select([
      'facts.id', 'facts.type', 'facts.value_num', 'facts.value_text', 'facts.unit', 'facts.period', 'facts.qualifier', 'facts.direction',
      'facts.text', 'facts.sentence', 'facts.start', 'facts.end', 'facts.confidence', 'facts.reasons_json', 'facts.group_id',
      'articles.title', 'articles.site_name', 'articles.published', 'articles.url', 'articles.body_text',
      'fact_groups.source_count', 'review_leases.expires_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('facts as g')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('g.group_id', '=', 'facts.group_id')
        .whereRef('g.id', '!=', 'facts.id')
        // Unary + keeps SQLite on the group index: otherwise it may walk every pending fact.
        .where(sql<string>`+g.status`, '=', 'pending')
        .as('group_pending'),
    )
    .where('facts.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const corroboration = await groupCorroboration(asStoreDb(db), rows.flatMap((r) => (r.group_id === null ? [] : [r.group_id])));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const p = paragraphAround(r.body_text, r.start, r.end, r.sentence, r.text);
    return [
      {
        id: r.id,
        type: r.type,
        value: r.value_num ?? r.value_text,
        unit: r.unit,
        period: r.period,
        qualifier: r.qualifier,
        direction: r.direction,
        text: r.text,
        sentence: r.sentence,
        spanStart: p.spanStart,
        spanEnd: p.spanEnd,
        paragraph: p.paragraph,
        confidence: r.confidence,
        reasons: parseReasons(r.reasons_json),
        articleTitle: r.title,
        outlet: outletOf(r.site_name, r.url),
        published: r.published,
        sourceLink: sourceLink(r.url, r.sentence),
        groupId: r.group_id,
        groupPending: Number(r.group_pending ?? 0),
        groupSources: Number(r.source_count ?? 1),
        leaseExpiresAt: r.expires_at ?? '',
        groupOrigins: r.group_id === null ? 1 : (corroboration.get(r.group_id)?.origins ?? 1),
        groupCorroboration: r.group_id === null ? null : (corroboration.get(r.group_id)?.label ?? null),
      },
    ];
  });
}

function parseReasons(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
