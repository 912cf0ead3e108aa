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
  /** What became of the page (not an article, body from the fallback, no body), when not plain. */
  note: string | null;
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
  /** 'content', 'fallback' or 'none' (CleanDoc.extraction). */
  extraction: string;
  extraction_note: string | null;
  captions_json: string;
  metadata_json: string;
  extractor_version: string;
  boilerplate_version: string;
  fetched_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Facts left out by the caps of core's limits.ts (migration 0008), and which caps. */
  facts_dropped: ColumnType<number, number | undefined, number>;
  facts_dropped_reason: string | null;
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
  /** 1 while the item waits for a later poll (over the per-poll cap). */
  deferred: ColumnType<number, number | undefined, number>;
  /** The item's <source> (migration 0016), for items listed since. */
  source_url: ColumnType<string | null, string | null | undefined, string | null>;
  source_name: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An article kept from being fetched until an operator retries it (migration 0008). */
export interface QuarantinedArticlesTable {
  canonical_url: string;
  url: string;
  feed_id: number | null;
  guid: string | null;
  /** The queue whose job failed for good. */
  queue: string;
  reason: string;
  failures: ColumnType<number, number | undefined, number>;
  quarantined_at: Timestamp;
  last_failed_at: Timestamp;
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
  /** The recognizers' score before calibration, and the cues the calibration weighed (migration 0010). */
  raw_confidence: ColumnType<number | null, number | null | undefined, number | null>;
  cues_json: ColumnType<string | null, string | null | undefined, string | null>;
  /** Company facts: the entity the mention resolved to (migration 0012); null when unresolved. */
  entity_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface EntitiesTable {
  id: Generated<number>;
  type: 'company' | 'country';
  canonical: string;
  /** Wikidata QID ("Q123"), Legal Entity Identifier, main listing (migration 0012). */
  qid: ColumnType<string | null, string | null | undefined, string | null>;
  lei: ColumnType<string | null, string | null | undefined, string | null>;
  ticker: ColumnType<string | null, string | null | undefined, string | null>;
  exchange: ColumnType<string | null, string | null | undefined, string | null>;
  parent_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Who set the canonical name: `extracted` may be renamed by later evidence, `imported` and `reviewer` never are. */
  origin: ColumnType<EntityOrigin, EntityOrigin | undefined, EntityOrigin>;
}

export type EntityOrigin = 'extracted' | 'imported' | 'reviewer';

export interface EntityAliasesTable {
  entity_id: number;
  alias: string;
  /** How it was learnt: mention, acronym, ticker (defined in brackets), import, reviewer. */
  source: ColumnType<string, string | undefined, string>;
  /** First article it was seen in (null for imports and reviewers). */
  article_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface EntityKeysTable {
  key: string;
  entity_id: number;
  strength: 'name' | 'short' | 'ticker';
}

export interface EntityUnresolvedTable {
  fact_id: number;
  article_id: number;
  mention: string;
  reason: string;
  candidates_json: string;
  created_at: Timestamp;
}

export interface EntityDecisionsTable {
  id: Generated<number>;
  action: 'merge' | 'split' | 'rename' | 'import' | 'relink';
  reviewer: string;
  entity_id: number | null;
  other_entity_id: number | null;
  alias: string | null;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  facts_moved: number;
  created_at: Timestamp;
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

/** Calibration fits stored by `newsfacts calibrate` (migration 0010); the newest is in use. */
export interface CalibrationFitsTable {
  id: Generated<number>;
  version: string;
  fit_json: string;
  labelled_facts: number;
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
  entity_keys: EntityKeysTable;
  entity_unresolved: EntityUnresolvedTable;
  entity_decisions: EntityDecisionsTable;
  fact_groups: FactGroupsTable;
  fact_search: FactSearchTable;
  reviews: ReviewsTable;
  users: UsersTable;
  quarantined_articles: QuarantinedArticlesTable;
  calibration_fits: CalibrationFitsTable;
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
export type QuarantinedArticleRow = Selectable<QuarantinedArticlesTable>;
