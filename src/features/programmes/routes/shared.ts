import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { forbidden, notFound } from '../../../platform/errors.ts';
import { isSignedIn } from '../../../policy/index.ts';
import { findProgrammeBySlug } from '../queries.ts';

export type SlugParams = { slug: string };

/** The programme named in the URL, or 404. */
export async function programmeOr404(db: Db, slug: string) {
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme) throw notFound();
  return programme;
}

/** Who acts, for the audit trail; the guard has already let only signed-in actors through. */
export function actorOf(req: FastifyRequest) {
  if (!isSignedIn(req.actor)) throw forbidden();
  return { actorId: req.actor.userId, ip: req.ip };
}
