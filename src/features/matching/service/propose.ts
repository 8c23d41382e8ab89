import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { weightsFrom } from '../../../matching-engine/criteria.ts';
import { explain } from '../../../matching-engine/explain.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import type { SignedInActor } from '../../../policy/index.ts';
import { createProposals } from '../../proposals/index.ts';
import { loadPool, type Programme } from '../queries.ts';
import { suggest } from './suggestions.ts';

/** The new proposal's id, or why there is none (a manual pick needs a reason). */
export type ProposeOutcome = Result<string, 'reason-required' | 'unavailable' | 'not-allowed'>;

class Refused extends Error {
  constructor(readonly outcome: ProposeOutcome) {
    super('refused');
  }
}

/**
 * A coordinator proposes one pair. A mentor outside the ten best suggestions is a manual pick:
 * the coordinator says why, and the reason stays with the proposal.
 */
export async function proposePair(
  deps: ServiceDeps,
  actor: SignedInActor,
  programme: Programme,
  input: { menteeId: string; mentorId: string; reason: string },
): Promise<ProposeOutcome> {
  const pool = await loadPool(deps.database.db, programme);
  const ctx = { weights: weightsFrom(programme.matchingWeights), year: deps.clock().getUTCFullYear() };
  const ranked = suggest(pool, input.menteeId, ctx);
  const mentor = pool.mentors.find((m) => m.id === input.mentorId);
  if (!ranked || !mentor) return refused('unavailable');
  const declined = pool.declined.some(([e, m]) => e === input.menteeId && m === input.mentorId);
  const explanation = explain(ranked.mentee, mentor, { ...ctx, declined });
  if (explanation.exclusion) return refused('not-allowed');
  const manual = !ranked.topIds.has(mentor.id);
  if (manual && input.reason === '') return refused('reason-required');
  try {
    return await withMails(deps, async (tx, mail): Promise<ProposeOutcome> => {
      const created = await createProposals(tx, mail, deps, {
        programmeId: programme.id,
        createdBy: actor.userId,
        pairs: [
          {
            menteeId: input.menteeId,
            mentorId: mentor.id,
            score: explanation.score,
            manualReason: manual ? input.reason : '',
          },
        ],
      });
      if (!created.ok) {
        throw new Refused(refused(created.reason === 'notAllowed' ? 'not-allowed' : 'unavailable'));
      }
      return ok(created.value[0]!);
    });
  } catch (err) {
    if (err instanceof Refused) return err.outcome;
    throw err;
  }
}
