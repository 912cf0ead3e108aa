import type { Kysely } from 'kysely';
import type { Database, FeedRow } from '../database.ts';

export async function setFeedSchedule(
  db: Kysely<Database>,
  feedId: number,
  schedule: { nextCheckAt: string; reason: string; skipHours?: number[] | null; skipDays?: string[] | null },
): Promise<void> {
  await db
    .updateTable('feeds')
    .set({
      next_check_at: schedule.nextCheckAt,
      next_check_reason: schedule.reason,
      ...(schedule.skipHours ? { skip_hours_json: JSON.stringify(schedule.skipHours) } : {}),
      ...(schedule.skipDays ? { skip_days_json: JSON.stringify(schedule.skipDays) } : {}),
    })
    .where('id', '=', feedId)
    .execute();
}

/** Active feeds whose next check is due (or never scheduled), oldest due first. */
export async function listDueFeeds(db: Kysely<Database>, now: string, limit = 1000): Promise<FeedRow[]> {
  return db
    .selectFrom('feeds')
    .selectAll()
    .where('status', '=', 'active')
    .where((eb) => eb.or([eb('next_check_at', 'is', null), eb('next_check_at', '<=', now)]))
    .orderBy('next_check_at')
    .limit(limit)
    .execute();
}

export async function setFeedInterval(db: Kysely<Database>, feedId: number, minutes: number): Promise<boolean> {
  const r = await db.updateTable('feeds').set({ interval_minutes: minutes }).where('id', '=', feedId).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Marks many feeds as in flight until `nextCheckAt`, in one transaction. */
export async function markFeedsInFlight(db: Kysely<Database>, feedIds: number[], nextCheckAt: string): Promise<void> {
  if (feedIds.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < feedIds.length; i += 500) {
      await trx
        .updateTable('feeds')
        .set({ next_check_at: nextCheckAt, next_check_reason: 'poll in flight' })
        .where('id', 'in', feedIds.slice(i, i + 500))
        .execute();
    }
  });
}
