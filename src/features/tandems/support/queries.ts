import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { participations, supportCases } from '../../../db/schema/index.ts';
import { finishedMentee } from '../../proposals/index.ts';

export type SupportCase = typeof supportCases.$inferSelect;

/** The requester's own requests for this tandem (the partner never sees them). */
export function ownCases(db: Db, tandemId: string, userId: string) {
  return db
    .select()
    .from(supportCases)
    .where(and(eq(supportCases.tandemId, tandemId), eq(supportCases.requesterId, userId)))
    .orderBy(desc(supportCases.createdAt));
}

/** Whether the mentee of this participation finished (tandem ended as planned) and may ask to return. */
export async function menteeFinished(db: Db, participationId: string): Promise<boolean> {
  const [row] = await db
    .select({ finished: sql<boolean>`${finishedMentee}` })
    .from(participations)
    .where(eq(participations.id, participationId));
  return row?.finished === true;
}
