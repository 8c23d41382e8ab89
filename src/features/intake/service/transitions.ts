import type { Tx } from '../../../db/client.ts';
import type { participations } from '../../../db/schema/index.ts';
import type { ParticipationStatus } from '../../../db/schema/registration.ts';
import { canMove, moveStatus } from '../../../participations/status.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import type { Participation } from '../queries/detail.ts';

export { canMove };

/** Who acts: a coordinator (or an admin who coordinates), limited to their programmes. */
export interface IntakeActor {
  userId: string;
  programmeIds: readonly string[];
}

/**
 * Why an intake change is refused: the participation is not the actor's ('not-found'), its status
 * does not allow the change ('conflict'), a mentor's strengths are closed ('strengths-closed'), or a
 * field is wrong ('invalid', with the field and its message).
 */
export type IntakeRefusal = 'not-found' | 'conflict' | 'strengths-closed' | 'invalid';
export type Outcome = Result<undefined, IntakeRefusal>;

/** Mentors' strengths are refined in and after the intake call. */
export const canRefineStrengths = (p: Pick<Participation, 'role' | 'status'>) =>
  p.role === 'mentor' && ['intake_scheduled', 'intake_held', 'accepted'].includes(p.status);

type MoveInput = { actorId: string; at: Date; set?: Partial<typeof participations.$inferInsert> };

/** Moves one role along the pipeline in the caller's transaction; 'conflict' when it cannot. */
export const move = async (tx: Tx, p: Participation, to: ParticipationStatus, input: MoveInput) =>
  (await moveStatus(tx, p, to, input)) ? ok() : refused('conflict' as const);

/** Ends a transaction early with an outcome, undoing what it wrote so far. */
export class Abort extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.ok ? 'ok' : outcome.reason);
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
  input: MoveInput,
): Promise<Outcome> {
  for (const p of ps) {
    const outcome = await move(tx, p, to, input);
    if (!outcome.ok) throw new Abort(outcome);
  }
  return ok();
}
