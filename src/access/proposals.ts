import { and, eq, or } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { matchProposals } from '../db/schema/index.ts';
import type { Role } from '../db/schema/registration.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';
import { parties } from './tandems.ts';

export interface OwnProposal {
  proposal: typeof matchProposals.$inferSelect;
  /** The actor's side in this proposal. */
  side: Role;
  menteeUserId: string;
  mentorUserId: string;
}

const { menteeP, mentorP } = parties;

/** Proposals that involve this user, on either side (for a query joined with `parties`). */
export const involvesUser = (userId: string) => or(eq(menteeP.userId, userId), eq(mentorP.userId, userId));

/**
 * One of the actor's own proposals. Someone else's, an unknown id and a malformed one all answer
 * 404 alike, for anyone (ADR 0015).
 */
export async function requireOwnProposal(req: FastifyRequest, id: string): Promise<OwnProposal> {
  const actor = requireSignedIn(req);
  const [row] = isUuid(id)
    ? await req.server.deps.database.db
        .select({ proposal: matchProposals, menteeUserId: menteeP.userId, mentorUserId: mentorP.userId })
        .from(matchProposals)
        .innerJoin(menteeP, eq(menteeP.id, matchProposals.menteeParticipationId))
        .innerJoin(mentorP, eq(mentorP.id, matchProposals.mentorParticipationId))
        .where(and(eq(matchProposals.id, id), involvesUser(actor.userId)))
    : [];
  const own: OwnProposal | null = row
    ? { ...row, side: row.menteeUserId === actor.userId ? 'mentee' : 'mentor' }
    : null;
  if (!own || !can(actor, 'proposals.respond', own)) throw notFound();
  return own;
}
