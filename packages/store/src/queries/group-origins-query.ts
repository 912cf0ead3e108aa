import { corroborationLabel, figureOrigins } from '@newsfacts/origins';
import type { Kysely } from 'kysely';
import { LIVE_STATUSES } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';
import { outletOf } from './groups-query.ts';

/** Members read per group at most: a label over the first thousand reports of a figure is the same label. */
const MAX_MEMBERS_PER_GROUP = 1000;

export interface GroupCorroboration {
  origins: number;
  originOutlets: string[];
  outlets: number;
  /** "4 outlets · 2 origins (Argus, Meridian Wire)". */
  label: string;
}

/** The independent origins behind each of these groups' live members (for a page of review items). */
export async function groupCorroboration(db: Kysely<Database>, groupIds: readonly number[]): Promise<Map<number, GroupCorroboration>> {
  const out = new Map<number, GroupCorroboration>();
  for (const groupId of [...new Set(groupIds)].slice(0, 100)) {
    const rows = await db
      .selectFrom('facts')
      .innerJoin('articles', 'articles.id', 'facts.article_id')
      .select(['facts.article_id', 'facts.sentence', 'articles.origin_id', 'articles.origin_outlet', 'articles.site_name', 'articles.url'])
      .where('facts.group_id', '=', groupId)
      .where('facts.status', 'in', LIVE_STATUSES)
      .orderBy('facts.id')
      .limit(MAX_MEMBERS_PER_GROUP)
      .execute();
    const o = figureOrigins(rows.map((r) => ({ ...r, outlet: outletOf(r.site_name, r.url) })));
    out.set(groupId, { origins: o.count, originOutlets: o.names, outlets: o.outlets, label: corroborationLabel(o.outlets, o.names) });
  }
  return out;
}
