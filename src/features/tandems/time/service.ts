import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { timeEntries } from '../../../db/schema/index.ts';
import type { TimeKind } from '../../../db/schema/tandems.ts';

export interface EntryValues {
  programmeId: string;
  tandemId: string | null;
  kind: TimeKind;
  on: string;
  minutes: number;
  note: string;
}

export type CreateOutcome = { ok: true; id: string } | { ok: false; reason: 'duplicate_meeting' };

/**
 * A new entry of the person's own. An entry for a meeting is unique per person and meeting: a second
 * one (a form sent twice, two tabs) is refused, not stored twice.
 */
export async function createTimeEntry(
  db: Db,
  userId: string,
  values: EntryValues & { meetingId: string | null },
): Promise<CreateOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(timeEntries)
      .values({ userId, ...values })
      .onConflictDoNothing()
      .returning({ id: timeEntries.id });
    return row ? { ok: true, id: row.id } : { ok: false, reason: 'duplicate_meeting' };
  });
}

/** Changes one of the person's own entries; the meeting it belongs to stays. False: not theirs. */
export async function updateTimeEntry(db: Db, userId: string, entryId: string, values: EntryValues) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(timeEntries)
      .set(values)
      .where(and(eq(timeEntries.id, entryId), eq(timeEntries.userId, userId)))
      .returning({ id: timeEntries.id });
    return rows.length === 1;
  });
}

/** Deletes one of the person's own entries. False: not theirs. */
export async function deleteTimeEntry(db: Db, userId: string, entryId: string) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(timeEntries)
      .where(and(eq(timeEntries.id, entryId), eq(timeEntries.userId, userId)))
      .returning({ id: timeEntries.id });
    return rows.length === 1;
  });
}
