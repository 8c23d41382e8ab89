import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { supportCases } from '../db/schema/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';

export type CoordinatedCase = typeof supportCases.$inferSelect;

/**
 * The support case named in the path, for its programme's coordinators; another programme's case,
 * an unknown id and a malformed one all answer 404 alike (ADR 0015).
 */
export async function requireCoordinatedCase(req: FastifyRequest, caseId: string): Promise<CoordinatedCase> {
  const actor = requireSignedIn(req);
  const [row] = isUuid(caseId)
    ? await req.server.deps.database.db.select().from(supportCases).where(eq(supportCases.id, caseId))
    : [];
  if (!row || !can(actor, 'tandems.coordinate', row)) throw notFound();
  return row;
}
