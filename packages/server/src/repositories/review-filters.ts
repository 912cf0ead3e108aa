import type { ReviewFilters } from '@newsfacts/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ServerDatabase } from '../server-database.ts';

/** The queue filters as one WHERE expression over `facts` (parameterized, never string-built). */
export function reviewFilterExpression(eb: ExpressionBuilder<ServerDatabase, 'facts'>, filters: ReviewFilters): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (filters.type) parts.push(eb('facts.type', '=', filters.type));
  if (filters.feedId !== undefined) {
    parts.push(
      eb.exists(
        eb.selectFrom('articles').select('articles.id').whereRef('articles.id', '=', 'facts.article_id').where('articles.feed_id', '=', filters.feedId),
      ),
    );
  }
  if (filters.country) {
    const c = filters.country;
    parts.push(eb.or([eb('facts.subject', '=', c), eb('facts.partner', '=', c), eb.and([eb('facts.type', '=', 'country'), eb('facts.value_text', '=', c)])]));
  }
  if (filters.company) {
    // A figure rarely names the company itself: match facts from articles that mention it.
    const name = filters.company.toLowerCase();
    parts.push(
      eb.exists(
        eb
          .selectFrom('facts as mention')
          .select('mention.id')
          .whereRef('mention.article_id', '=', 'facts.article_id')
          .where('mention.type', '=', 'company')
          .where(sql<string>`lower(mention.value_text)`, '=', name),
      ),
    );
  }
  return eb.and(parts);
}
