import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO 8601 strings (UTC) so that any SQLite tool shows them readably. */
type Timestamp = string;

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  site_url: string | null;
  format: string | null;
  status: ColumnType<'active' | 'paused', 'active' | 'paused' | undefined, 'active' | 'paused'>;
  paused_reason: string | null;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  ttl_minutes: number | null;
  last_checked_at: Timestamp | null;
  last_success_at: Timestamp | null;
  last_status: number | null;
  last_error: string | null;
  consecutive_errors: ColumnType<number, number | undefined, number>;
  items_seen: ColumnType<number, number | undefined, number>;
  next_check_at: Timestamp | null;
  created_at: Timestamp;
  skip_hours_json: string | null;
  skip_days_json: string | null;
  next_check_reason: string | null;
}

export interface FetchesTable {
  id: Generated<number>;
  url: string;
  kind: 'feed' | 'article' | 'robots';
  feed_id: number | null;
  status: number | null;
  bytes: number | null;
  ms: number | null;
  from_cache: number;
  error: string | null;
  fetched_at: Timestamp;
}

export interface ArticlesTable {
  id: Generated<number>;
  url: string;
  canonical_url: string;
  feed_id: number | null;
  title: string | null;
  published: string | null;
  published_source: string | null;
  modified: string | null;
  author: string | null;
  site_name: string | null;
  lang: string | null;
  body_text: string;
  content_hash: string;
  html_gz: Buffer | null;
  html_hash: string | null;
  is_article: number;
  not_article_reason: string | null;
  captions_json: string;
  metadata_json: string;
  extractor_version: string;
  boilerplate_version: string;
  fetched_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The origin this article is a copy of (migration 0013): the id of the first article seen of the story. */
  origin_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The agency or first publisher when known, else the earliest site seen carrying the story. */
  origin_outlet: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OriginsTable {
  id: number;
  outlet: string | null;
  outlet_source: 'named' | 'earliest';
  first_published: string | null;
  created_at: Timestamp;
}

export interface OriginSignaturesTable {
  article_id: number;
  shingles: number;
  signature: Uint8Array;
  /** The lead's shingle hashes, sorted: the exact overlap with a candidate. */
  lead_shingles: Uint8Array | null;
  named_outlet: string | null;
  based_on_json: ColumnType<string, string | undefined, string>;
}

export interface OriginBandsTable {
  band: number;
  article_id: number;
}

export interface FeedItemsTable {
  feed_id: number;
  guid: string;
  url: string;
  article_id: number | null;
  title: string | null;
  published: string | null;
  first_seen_at: Timestamp;
}

export interface FactsTable {
  id: Generated<number>;
  article_id: number;
  /** Natural key of a fact within its article: re-running a job inserts nothing new. */
  fact_key: string;
  type: string;
  value_num: number | null;
  value_text: string | null;
  unit: string | null;
  qualifier: string | null;
  direction: string | null;
  kind: string | null;
  range_min: number | null;
  range_max: number | null;
  metric: string | null;
  subject: string | null;
  partner: string | null;
  period: string | null;
  text: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  reasons_json: string;
  status: string;
  extractor_version: string;
  group_id: number | null;
  created_at: Timestamp;
  retired_at: Timestamp | null;
  /** Generated from period (migration 0002): first and last day it covers, for --from/--to. */
  period_start: ColumnType<string | null, never, never>;
  period_end: ColumnType<string | null, never, never>;
}

export interface EntitiesTable {
  id: Generated<number>;
  type: 'company' | 'country';
  canonical: string;
}

export interface EntityAliasesTable {
  entity_id: number;
  alias: string;
}

export interface FactEntitiesTable {
  fact_id: number;
  entity_id: number;
  role: string;
}

export interface FactGroupsTable {
  id: Generated<number>;
  group_key: string;
  type: string;
  value_num: number | null;
  value_text: string | null;
  unit: string | null;
  period: string | null;
  subject: string | null;
  /** Number of distinct articles among the group's live members (not rejected, not retired). */
  source_count: number;
  /** 1 when another group with the same conflict_key (same figure but for the value) disagrees. */
  conflict: number;
  updated_at: Timestamp;
  partner: string | null;
  kind: string | null;
  direction: string | null;
  /** Everything that identifies a figure except its value: type, unit, kind, direction, period, subject, partner. */
  conflict_key: ColumnType<string, string | undefined, string>;
  fact_count: ColumnType<number, number | undefined, number>;
  /** JSON array of the distinct metrics ("exports", "magnet exports") its live members name. */
  metrics_json: ColumnType<string, string | undefined, string>;
}

export interface ReviewsTable {
  id: Generated<number>;
  fact_id: number;
  reviewer: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string;
  token_hash: string;
  created_at: Timestamp;
}

/** FTS5 index over facts (migration 0002): rowid = facts.id; query with `fact_search MATCH ?`. */
export interface FactSearchTable {
  rowid: number;
  sentence: string;
  title: string | null;
}

export interface Database {
  feeds: FeedsTable;
  fetches: FetchesTable;
  articles: ArticlesTable;
  feed_items: FeedItemsTable;
  facts: FactsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  fact_entities: FactEntitiesTable;
  fact_groups: FactGroupsTable;
  fact_search: FactSearchTable;
  reviews: ReviewsTable;
  users: UsersTable;
  origins: OriginsTable;
  origin_signatures: OriginSignaturesTable;
  origin_bands: OriginBandsTable;
}

export type FeedRow = Selectable<FeedsTable>;
export type NewFeed = Insertable<FeedsTable>;
export type FeedUpdate = Updateable<FeedsTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type FactRow = Selectable<FactsTable>;
export type NewFact = Insertable<FactsTable>;
export type ReviewRow = Selectable<ReviewsTable>;
export type FetchRow = Selectable<FetchesTable>;
export type FactGroupRow = Selectable<FactGroupsTable>;
