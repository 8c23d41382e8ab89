import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { participationEvents, participations } from '../../../db/schema/index.ts';
import type { ParticipationStatus } from '../../../db/schema/registration.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import type { Participation } from '../queries/detail.ts';

/** Who acts: a coordinator (or an admin who coordinates), limited to their programmes. */
export interface IntakeActor {
  userId: string;
  programmeIds: readonly string[];
}

export type Outcome =
  | { kind: 'ok' }
  | { kind: 'not-found' }
  | { kind: 'conflict'; from: ParticipationStatus; to: ParticipationStatus }
  | { kind: 'refused'; key: MessageKey }
  | { kind: 'invalid'; field: string; key: MessageKey };

export const ok: Outcome = { kind: 'ok' };
export const notFound: Outcome = { kind: 'not-found' };

/** The intake pipeline: registered → intake scheduled → intake held → accepted, or not eligible. */
const NEXT: Record<ParticipationStatus, readonly ParticipationStatus[]> = {
  registered: ['intake_scheduled', 'not_eligible'],
  intake_scheduled: ['intake_scheduled', 'intake_held', 'not_eligible'],
  intake_held: ['accepted', 'not_eligible'],
  accepted: [],
  not_eligible: [],
  paused: [],
  withdrawn: [],
};

export const canMove = (from: ParticipationStatus, to: ParticipationStatus) => NEXT[from].includes(to);

/** Mentors' strengths are refined in and after the intake call. */
export const canRefineStrengths = (p: Pick<Participation, 'role' | 'status'>) =>
  p.role === 'mentor' && ['intake_scheduled', 'intake_held', 'accepted'].includes(p.status);

/**
 * Changes the status and records who and when, in the caller's transaction. The update only applies
 * while the status is still the one read, so two coordinators acting at once cannot both succeed.
 */
export async function move(
  tx: Tx,
  p: Participation,
  to: ParticipationStatus,
  input: { actorId: string; at: Date; set?: Partial<typeof participations.$inferInsert> },
): Promise<Outcome> {
  const conflict: Outcome = { kind: 'conflict', from: p.status, to };
  if (!canMove(p.status, to)) return conflict;
  const updated = await tx
    .update(participations)
    .set({ ...input.set, status: to, updatedAt: input.at })
    .where(and(eq(participations.id, p.id), eq(participations.status, p.status)))
    .returning({ id: participations.id });
  if (updated.length === 0) return conflict;
  await tx.insert(participationEvents).values({
    participationId: p.id,
    fromStatus: p.status,
    toStatus: to,
    actorId: input.actorId,
    at: input.at,
  });
  return ok;
}

/** Ends a transaction early with an outcome, undoing what it wrote so far. */
export class Abort extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.kind);
  }
}

export const abortOutcome = (err: unknown): Outcome => {
  if (err instanceof Abort) return err.outcome;
  throw err;
};

/** Moves several roles of one person together (the intake call covers them all): all or none. */
export async function moveAll(
  tx: Tx,
  ps: readonly Participation[],
  to: ParticipationStatus,
  input: { actorId: string; at: Date; set?: Partial<typeof participations.$inferInsert> },
): Promise<Outcome> {
  for (const p of ps) {
    const outcome = await move(tx, p, to, input);
    if (outcome.kind !== 'ok') throw new Abort(outcome);
  }
  return ok;
}
