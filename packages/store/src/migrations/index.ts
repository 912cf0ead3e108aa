import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.migration.ts';
import * as m0002 from './0002-query-fts-groups.migration.ts';
import * as m0003 from './0003-review.migration.ts';
import * as m0004 from './0004-feed-schedule.migration.ts';
import * as m0005 from './0005-query-plan-indexes.migration.ts';
import * as m0006 from './0006-group-rivals-index.migration.ts';
import * as m0007 from './0007-group-metrics.migration.ts';
import * as m0008 from './0008-article-bounds-quarantine.migration.ts';
import * as m0009 from './0009-extraction-notes.migration.ts';
import * as m0010 from './0010-calibration.migration.ts';
import * as m0011 from './0011-home-visits.migration.ts';
import * as m0012 from './0012-entities.migration.ts';
import * as m0013 from './0013-article-origins.migration.ts';
import * as m0014 from './0014-trusted-series-index.migration.ts';
import * as m0015 from './0015-entity-keys-rebuild.migration.ts';
import * as m0016 from './0016-feed-item-source.migration.ts';

/** Ordered by name; append new migrations, never edit or reorder landed ones. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-query-fts-groups': m0002,
  '0003-review': m0003,
  '0004-feed-schedule': m0004,
  '0005-query-plan-indexes': m0005,
  '0006-group-rivals-index': m0006,
  '0007-group-metrics': m0007,
  '0008-article-bounds-quarantine': m0008,
  '0009-extraction-notes': m0009,
  '0010-calibration': m0010,
  '0011-home-visits': m0011,
  '0012-entities': m0012,
  '0013-article-origins': m0013,
  '0014-trusted-series-index': m0014,
  '0015-entity-keys-rebuild': m0015,
  '0016-feed-item-source': m0016,
};
