import type { FactFilterParams } from '@newsfacts/core';
import type { FactQuery } from './fact-filter.ts';

/** The validated query-string / CLI filters (snake_case, see core's FactFilterParams) as a store query. */
export function factQueryFromParams(p: Partial<FactFilterParams>): FactQuery {
  const q: FactQuery = { status: p.status ?? 'trusted' };
  if (p.type) q.type = p.type;
  if (p.country) q.country = p.country;
  if (p.company) q.company = p.company;
  if (p.metric) q.metric = p.metric;
  if (p.search) q.search = p.search;
  if (p.from) q.from = p.from;
  if (p.to) q.to = p.to;
  if (p.published_from) q.publishedFrom = p.published_from;
  if (p.published_to) q.publishedTo = p.published_to;
  if (p.min !== undefined) q.min = p.min;
  if (p.max !== undefined) q.max = p.max;
  if (p.feed) q.feed = p.feed;
  if (p.conflict) q.conflict = true;
  return q;
}
