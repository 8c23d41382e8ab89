import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { participationEvents, participations } from '../db/schema/index.ts';
import type { ParticipationStatus } from '../db/schema/registration.ts';

/**
 * The one owner of a participation's status rules, for the two who move it: the programme's
 * coordinators (the intake pipeline) and the participant (pause, withdraw, resume).
 */
export type Mover = 'coordinator' | 'participant';

/** The intake pipeline: registered → intake scheduled → intake held → accepted, or not eligible. */
const PIPELINE: Record<ParticipationStatus, readonly ParticipationStatus[]> = {
  registered: ['intake_scheduled', 'not_eligible'],
  intake_scheduled: ['intake_scheduled', 'intake_held', 'not_eligible'],
  intake_held: ['accepted', 'not_eligible'],
  accepted: [],
  not_eligible: [],
  paused: [],
  withdrawn: [],
};

/** Statuses a participant may pause from, and resume to. */
const ACTIVE: readonly ParticipationStatus[] = ['registered', 'intake_scheduled', 'intake_held', 'accepted'];

/** The participant pauses while active, withdraws from anything but a withdrawal, resumes from a pause. */
const ownMove = (from: ParticipationStatus, to: ParticipationStatus) =>
  (to === 'paused' && ACTIVE.includes(from)) ||
  (to === 'withdrawn' && from !== 'withdrawn') ||
  (from === 'paused' && ACTIVE.includes(to));

export const canMove = (from: ParticipationStatus, to: ParticipationStatus, by: Mover = 'coordinator') =>
  by === 'coordinator' ? PIPELINE[from].includes(to) : ownMove(from, to);

/**
 * Changes the status and records who and when, in the caller's transaction. The update only applies
 * while the status is still the one read, so two people acting at once cannot both succeed; false
 * when the move is not allowed or the status changed meanwhile.
 */
export async function moveStatus(
  tx: Tx,
  p: { id: string; status: ParticipationStatus },
  to: ParticipationStatus,
  input: {
    actorId: string;
    at: Date;
    by?: Mover;
    set?: Partial<typeof participations.$inferInsert>;
  },
): Promise<boolean> {
  if (!canMove(p.status, to, input.by)) return false;
  const updated = await tx
    .update(participations)
    .set({ ...input.set, status: to, updatedAt: input.at })
    .where(and(eq(participations.id, p.id), eq(participations.status, p.status)))
    .returning({ id: participations.id });
  if (updated.length === 0) return false;
  await tx.insert(participationEvents).values({
    participationId: p.id,
    fromStatus: p.status,
    toStatus: to,
    actorId: input.actorId,
    at: input.at,
  });
  return true;
}
