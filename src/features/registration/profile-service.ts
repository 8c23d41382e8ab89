import { and, eq, sql } from 'drizzle-orm';
import { participations, users } from '../../db/schema/index.ts';
import type { ParticipationStatus } from '../../db/schema/registration.ts';
import { type ServiceDeps, withMails } from '../../mail/with-mails.ts';
import { canMove, moveStatus } from '../../participations/status.ts';
import { ok, type Result, refused } from '../../platform/result.ts';
import { finishedMentee, withdrawOpenProposals } from '../proposals/index.ts';
import type { DraftData } from './schema.ts';
import { saveProfile } from './service.ts';

/** Profile data changed by its owner (consent stays as given). */
export async function updateOwnProfile(deps: ServiceDeps, userId: string, name: string, data: DraftData) {
  const now = deps.clock();
  await deps.database.db.transaction(async (tx) => {
    await tx.update(users).set({ name, updatedAt: now }).where(eq(users.id, userId));
    await saveProfile(tx, userId, data, null, now);
  });
}

export async function updateOwnParticipation(
  deps: ServiceDeps,
  userId: string,
  id: string,
  data: {
    funding: string;
    topicsNeeded: string[];
    topicsOffered: string[];
    topicsFreeText: string;
    goals: string;
    capacity: number | null;
  },
) {
  const now = deps.clock();
  await deps.database.db
    .update(participations)
    .set({ ...data, updatedAt: now })
    .where(and(eq(participations.id, id), eq(participations.userId, userId)));
}

/**
 * Pause, withdraw or resume one's own participation, by the participant's rules of the one status
 * owner (participations/status.ts). One transaction: the status, its history entry, and (when
 * pausing or leaving) the open proposals withdrawn. Refused ('conflict') when the change does not
 * fit the current status.
 */
export async function changeOwnStatus(
  deps: ServiceDeps,
  input: {
    userId: string;
    id: string;
    from: ParticipationStatus;
    to: ParticipationStatus;
    reason: string;
  },
): Promise<Result<undefined, 'conflict'>> {
  if (!canMove(input.from, input.to, 'participant')) return refused('conflict');
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const moved = await moveStatus(tx, { id: input.id, status: input.from }, input.to, {
      actorId: input.userId,
      at: now,
      by: 'participant',
      set: { statusReason: input.reason },
    });
    if (!moved) return refused('conflict');
    // Someone who pauses or leaves is not proposed to anyone meanwhile.
    if (input.to === 'paused' || input.to === 'withdrawn')
      await withdrawOpenProposals(tx, mail, deps, input.id);
    return ok();
  });
}

/**
 * A mentee whose tandem ended as planned asks to be matched again: back in the pool from now on.
 * Refused ('not-finished') when the participation is not such a mentee's (nothing to ask for).
 */
export async function askToReturnToPool(
  deps: ServiceDeps,
  userId: string,
  id: string,
): Promise<Result<undefined, 'not-finished'>> {
  const rows = await deps.database.db
    .update(participations)
    .set({ poolReturnAt: deps.clock(), updatedAt: deps.clock() })
    .where(and(eq(participations.id, id), eq(participations.userId, userId), sql`${finishedMentee}`))
    .returning({ id: participations.id });
  return rows.length > 0 ? ok() : refused('not-finished');
}
