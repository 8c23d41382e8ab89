import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { participations } from '../db/schema/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';

export type CoordinatedParticipation = typeof participations.$inferSelect;

/**
 * The participation named in the path, if it belongs to a programme the actor coordinates for the
 * intake; another programme's, an unknown id and a malformed one all answer 404 alike (ADR 0015).
 */
export async function requireCoordinatedParticipation(
  req: FastifyRequest,
  id: string,
): Promise<CoordinatedParticipation> {
  const actor = requireSignedIn(req);
  if (!isUuid(id) || actor.programmeIds.length === 0) throw notFound();
  const [p] = await req.server.deps.database.db
    .select()
    .from(participations)
    .where(and(eq(participations.id, id), inArray(participations.programmeId, [...actor.programmeIds])));
  if (!p || !can(actor, 'intake.manage', p)) throw notFound();
  return p;
}
