import type { FastifyRequest } from 'fastify';
import { findProgrammeBySlug, type Programme, requireSignedIn } from '../../../access/index.ts';
import { notFound } from '../../../platform/errors.ts';

export type SlugParams = { slug: string };

/** The programme named in the URL (admins' pages), or 404. */
export async function programmeOr404(req: FastifyRequest, slug: string): Promise<Programme> {
  const programme = await findProgrammeBySlug(req.server.deps.database.db, slug);
  if (!programme) throw notFound();
  return programme;
}

/** Who acts, for the audit trail; the guard has already let only signed-in actors through. */
export function actorOf(req: FastifyRequest) {
  return { actorId: requireSignedIn(req).userId, ip: req.ip };
}
