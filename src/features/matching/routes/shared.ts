import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../platform/errors.ts';
import { can, type SignedInActor } from '../../../policy/index.ts';
import { weightsFrom } from '../engine/criteria.ts';
import { findProgrammeBySlug, type Programme } from '../queries.ts';

export const access = { config: { access: 'matching.manage' as const } };
export const BASE = '/koordination/matching';

export type ProgrammeParams = { Params: { programm: string } };
export type MenteeParams = { Params: { programm: string; id: string } };

export const programmePath = (p: Pick<Programme, 'slug'>) => `${BASE}/${p.slug}`;
export const menteePath = (p: Pick<Programme, 'slug'>, id: string) => `${programmePath(p)}/mentees/${id}`;
export const roundPath = (p: Pick<Programme, 'slug'>, id: string) => `${programmePath(p)}/runden/${id}`;

export function matchingActor(req: FastifyRequest): SignedInActor {
  if (req.actor.kind === 'anonymous') throw notFound();
  return req.actor;
}

/** The programme of the path, only for its coordinators (or whom `action` names); any other answers 404. */
export async function loadProgramme(
  req: FastifyRequest,
  slug: string,
  action: 'matching.manage' | 'matching.weights' = 'matching.manage',
): Promise<Programme> {
  const actor = matchingActor(req);
  const programme = await findProgrammeBySlug(req.server.deps.database.db, slug);
  if (!programme || !can(actor, action, { programmeId: programme.id })) throw notFound();
  return programme;
}

export { submittedValues } from '../../../platform/forms.ts';

export const engineContext = (req: FastifyRequest, programme: Programme) => ({
  weights: weightsFrom(programme.matchingWeights),
  year: req.server.deps.clock().getUTCFullYear(),
});
