import type { FastifyRequest } from 'fastify';
import type { Programme } from '../../../access/index.ts';
import { weightsFrom } from '../../../matching-engine/criteria.ts';

export const access = { config: { access: 'matching.manage' as const } };
export const BASE = '/koordination/matching';

export type ProgrammeParams = { Params: { programm: string } };
export type MenteeParams = { Params: { programm: string; id: string } };

export const programmePath = (p: Pick<Programme, 'slug'>) => `${BASE}/${p.slug}`;
export const menteePath = (p: Pick<Programme, 'slug'>, id: string) => `${programmePath(p)}/mentees/${id}`;
export const roundPath = (p: Pick<Programme, 'slug'>, id: string) => `${programmePath(p)}/runden/${id}`;

export const engineContext = (req: FastifyRequest, programme: Programme) => ({
  weights: weightsFrom(programme.matchingWeights),
  year: req.server.deps.clock().getUTCFullYear(),
});
