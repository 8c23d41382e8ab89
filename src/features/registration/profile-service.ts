import { and, eq, sql } from 'drizzle-orm';
import { participationEvents, participations, users } from '../../db/schema/index.ts';
import type { ParticipationStatus } from '../../db/schema/registration.ts';
import { type ServiceDeps, withMails } from '../../mail/with-mails.ts';
import { finishedMentee } from '../proposals/queries.ts';
import { withdrawOpenProposals } from '../proposals/service/withdraw.ts';
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

const ACTIVE: ParticipationStatus[] = ['registered', 'intake_scheduled', 'intake_held', 'accepted'];

/**
 * Pause, withdraw or resume one's own participation. One transaction: the status and its history entry.
 * Returns false when the change does not fit the current status.
 */
export async function changeOwnStatus(
  deps: ServiceDeps,
  input: {
    userId: string;
    id: string;
    from: ParticipationStatus;
    to: 'paused' | 'withdrawn' | ParticipationStatus;
    reason: string;
  },
) {
  const allowed =
    (input.to === 'paused' && ACTIVE.includes(input.from)) ||
    (input.to === 'withdrawn' && input.from !== 'withdrawn') ||
    (input.from === 'paused' && ACTIVE.includes(input.to as ParticipationStatus));
  if (!allowed) return false;
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const [row] = await tx
      .update(participations)
      .set({ status: input.to, statusReason: input.reason, updatedAt: now })
      .where(
        and(
          eq(participations.id, input.id),
          eq(participations.userId, input.userId),
          eq(participations.status, input.from),
        ),
      )
      .returning({ id: participations.id });
    if (!row) return false;
    await tx.insert(participationEvents).values({
      participationId: input.id,
      fromStatus: input.from,
      toStatus: input.to,
      actorId: input.userId,
      at: now,
    });
    // Someone who pauses or leaves is not proposed to anyone meanwhile.
    if (input.to === 'paused' || input.to === 'withdrawn')
      await withdrawOpenProposals(tx, mail, deps, input.id);
    return true;
  });
}

/**
 * A mentee whose tandem ended as planned asks to be matched again: back in the pool from now on.
 * False when the participation is not such a mentee's (nothing to ask for).
 */
export async function askToReturnToPool(deps: ServiceDeps, userId: string, id: string) {
  const rows = await deps.database.db
    .update(participations)
    .set({ poolReturnAt: deps.clock(), updatedAt: deps.clock() })
    .where(and(eq(participations.id, id), eq(participations.userId, userId), sql`${finishedMentee}`))
    .returning({ id: participations.id });
  return rows.length > 0;
}
