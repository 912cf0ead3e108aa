import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.migration.ts';

/** Ordered by name; append new migrations, never edit or reorder landed ones. */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
};
