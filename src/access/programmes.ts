import { asc, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/client.ts';
import { programmes } from '../db/schema/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';

export type Programme = typeof programmes.$inferSelect;

/** The programme lookups; `programmes/index.ts` offers them to the features. */
export const findProgrammeBySlug = async (db: Db | Tx, slug: string): Promise<Programme | null> =>
  (await db.select().from(programmes).where(eq(programmes.slug, slug)))[0] ?? null;

export const findProgrammeById = async (db: Db | Tx, id: string): Promise<Programme | null> =>
  isUuid(id) ? ((await db.select().from(programmes).where(eq(programmes.id, id)))[0] ?? null) : null;

export const programmesByIds = async (db: Db | Tx, ids: readonly string[]): Promise<Programme[]> =>
  ids.length === 0
    ? []
    : db
        .select()
        .from(programmes)
        .where(inArray(programmes.id, [...ids]))
        .orderBy(asc(programmes.name));

/** The programmes the actor coordinates, by name; none for participants. */
export async function coordinatedProgrammes(req: FastifyRequest): Promise<Programme[]> {
  return programmesByIds(req.server.deps.database.db, requireSignedIn(req).programmeIds);
}

/** Programme actions that take the programme as their resource. */
export type ProgrammeAction =
  | 'intake.manage'
  | 'import.run'
  | 'matching.manage'
  | 'matching.weights'
  | 'programmes.topics'
  | 'tandems.coordinate';

/**
 * The programme named in the path, if the actor may take `action` on it; an unknown slug and a
 * programme that is not the actor's both answer 404 (ADR 0015).
 */
export async function requireCoordinatedProgramme(
  req: FastifyRequest,
  slug: string,
  action: ProgrammeAction,
): Promise<Programme> {
  const actor = requireSignedIn(req);
  const programme = await findProgrammeBySlug(req.server.deps.database.db, slug);
  if (!programme || !can(actor, action, { programmeId: programme.id })) throw notFound();
  return programme;
}
