import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { matchingRounds, type RoundMode } from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { weightsFrom } from '../../../matching-engine/criteria.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import type { SignedInActor } from '../../../policy/index.ts';
import { createProposals } from '../../proposals/index.ts';
import { loadPool, type Programme, type Round } from '../queries.ts';
import type { RoundInput } from '../round/compute.ts';
import type { RoundRunner } from '../round/runner.ts';

export interface RoundParams {
  mode: RoundMode;
  minScore: number;
}

type Pair = { menteeId: string; mentorId: string };

async function inputFor(
  deps: ServiceDeps,
  programme: Programme,
  params: RoundParams,
  locked: Pair[],
  removed: Pair[],
) {
  const pool = await loadPool(deps.database.db, programme);
  const input: RoundInput = {
    mentees: pool.mentees,
    mentors: pool.mentors,
    excluded: [...pool.declined, ...removed.map((p): [string, string] => [p.menteeId, p.mentorId])],
    locked,
    weights: weightsFrom(programme.matchingWeights),
    year: deps.clock().getUTCFullYear(),
    minScore: params.minScore,
    mode: params.mode,
  };
  return input;
}

/** Starts a new round on the pool as it is now; the worker fills in the result. */
export async function startRound(
  deps: ServiceDeps,
  runner: RoundRunner,
  actor: SignedInActor,
  programme: Programme,
  params: RoundParams,
) {
  const input = await inputFor(deps, programme, params, [], []);
  const [round] = await deps.database.db
    .insert(matchingRounds)
    .values({
      programmeId: programme.id,
      createdBy: actor.userId,
      mode: params.mode,
      minScore: params.minScore,
      createdAt: deps.clock(),
    })
    .returning();
  const done = runner.start(round!.id, input);
  return { round: round!, done };
}

/** Runs a draft again with the coordinator's locked and removed pairs; locked pairs stay. */
export async function rerunRound(
  deps: ServiceDeps,
  runner: RoundRunner,
  programme: Programme,
  round: Round,
  changes: { locked: Pair[]; removed: Pair[] },
) {
  const removed = dedupe([...round.removedPairs, ...changes.removed]);
  const locked = changes.locked.filter((l) => !removed.some((r) => same(r, l)));
  const [updated] = await deps.database.db
    .update(matchingRounds)
    .set({ status: 'running', progress: 0, lockedPairs: locked, removedPairs: removed, result: null })
    .where(and(eq(matchingRounds.id, round.id), eq(matchingRounds.status, round.status)))
    .returning();
  if (!updated) return refused('changed');
  const input = await inputFor(deps, programme, round, locked, removed);
  return ok({ round: updated, done: runner.start(round.id, input) });
}

const same = (a: Pair, b: Pair) => a.menteeId === b.menteeId && a.mentorId === b.mentorId;
const dedupe = (pairs: Pair[]) => pairs.filter((p, k) => pairs.findIndex((q) => same(p, q)) === k);

/**
 * The number of proposals published; 'stale' when a pair is no longer possible (the pool changed
 * since the computation: nothing is sent), 'not-draft' when the round is no longer a draft.
 */
export type PublishOutcome = Result<number, 'stale' | 'not-draft'>;

class Stale extends Error {
  constructor() {
    super('stale round');
  }
}

/** Every pair of the draft becomes a proposal, in one transaction: all or none. */
export async function publishRound(
  deps: ServiceDeps,
  actor: SignedInActor,
  round: Round,
): Promise<PublishOutcome> {
  try {
    return await withMails(deps, async (tx: Tx, mail): Promise<PublishOutcome> => {
      const [claimed] = await tx
        .update(matchingRounds)
        .set({ status: 'published', publishedAt: deps.clock() })
        .where(and(eq(matchingRounds.id, round.id), eq(matchingRounds.status, 'draft')))
        .returning();
      if (!claimed?.result) return refused('not-draft');
      const pairs = claimed.result.pairs.map((p) => ({
        menteeId: p.menteeId,
        mentorId: p.mentorId,
        score: p.score,
      }));
      const created = await createProposals(tx, mail, deps, {
        programmeId: round.programmeId,
        roundId: round.id,
        createdBy: actor.userId,
        pairs,
      });
      if (!created.ok) throw new Stale();
      await recordAudit(tx, {
        kind: 'matching_round_published',
        actorId: actor.userId,
        details: { roundId: round.id, proposals: pairs.length },
        at: deps.clock(),
      });
      return ok(pairs.length);
    });
  } catch (err) {
    if (err instanceof Stale) return refused('stale');
    throw err;
  }
}

/** A draft is discarded; any other round is refused as changed meanwhile. */
export async function discardRound(deps: ServiceDeps, round: Round): Promise<Result<undefined, 'changed'>> {
  const rows = await deps.database.db
    .update(matchingRounds)
    .set({ status: 'discarded' })
    .where(and(eq(matchingRounds.id, round.id), eq(matchingRounds.status, 'draft')))
    .returning({ id: matchingRounds.id });
  return rows.length === 1 ? ok() : refused('changed');
}
