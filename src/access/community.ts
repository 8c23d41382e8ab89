import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { communityThreads, participations, programmes } from '../db/schema/index.ts';
import { HttpError, notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { type CommunitySpace, can, type SignedInActor } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';

/** The path segment of the shared space of all programmes. */
export const SHARED_SPACE = 'programmuebergreifend';

/** A space as the actor meets it: the programme's slug and name, or the shared space (no name). */
export interface Space extends CommunitySpace {
  slug: string;
  /** The programme's name; null for the shared space, whose name is a catalogue text. */
  name: string | null;
  moderated: boolean;
}

export interface CommunityMember {
  actor: SignedInActor;
  /** The spaces the actor may read, the programmes' by name, then the shared space. */
  spaces: Space[];
  /** An accepted mentor, a coordinator or an admin: reads what is for mentors only. */
  mentorView: boolean;
}

export const accessibleSpaces = (member: CommunityMember) => member.spaces.map((s) => s.programmeId);

/**
 * The community area's door: people with an accepted participation in any programme, coordinators
 * and admins. Someone registered but not yet accepted gets a friendly 403 page saying why. Each
 * sees the spaces of their programmes and the shared space; admins see all.
 */
export async function requireCommunityMember(req: FastifyRequest): Promise<CommunityMember> {
  const actor = requireSignedIn(req);
  const db = req.server.deps.database.db;
  const columns = { id: programmes.id, slug: programmes.slug, name: programmes.name };
  const rows = await db
    .selectDistinct({ ...columns, role: participations.role })
    .from(programmes)
    .innerJoin(participations, eq(participations.programmeId, programmes.id))
    .where(and(eq(participations.userId, actor.userId), eq(participations.status, 'accepted')));
  const accepted = rows.map(({ role: _, ...programme }) => programme);
  if (accepted.length === 0 && actor.kind === 'participant') {
    throw new HttpError(403, 'community.gate.notAccepted');
  }
  const moderated =
    actor.kind === 'admin'
      ? await db.select(columns).from(programmes)
      : actor.programmeIds.length > 0
        ? await db
            .select(columns)
            .from(programmes)
            .where(inArray(programmes.id, [...actor.programmeIds]))
        : [];
  const unique = [...new Map([...accepted, ...moderated].map((p) => [p.id, p])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'de'),
  );
  const space = (programmeId: string | null, slug: string, name: string | null): Space => ({
    programmeId,
    slug,
    name,
    moderated: can(actor, 'community.moderate', { programmeId }),
  });
  return {
    actor,
    spaces: [...unique.map((p) => space(p.id, p.slug, p.name)), space(null, SHARED_SPACE, null)],
    mentorView: actor.kind !== 'participant' || rows.some((r) => r.role === 'mentor'),
  };
}

/** A space named in the path, if the actor may read it; 404 otherwise. */
export async function requireSpace(req: FastifyRequest, slug: string) {
  const member = await requireCommunityMember(req);
  const space = member.spaces.find((s) => s.slug === slug);
  if (!space) throw notFound();
  return { member, space };
}

export type Thread = typeof communityThreads.$inferSelect;

export interface ThreadInSpace {
  member: CommunityMember;
  space: Space;
  thread: Thread;
}

/**
 * A thread of a space the actor may read. A post waiting for approval or hidden by a moderator is
 * there only for its author and the space's moderators; for everyone else it does not exist (404).
 */
export async function requireThread(req: FastifyRequest, id: string): Promise<ThreadInSpace> {
  const member = await requireCommunityMember(req);
  if (!isUuid(id)) throw notFound();
  const [thread] = await req.server.deps.database.db
    .select()
    .from(communityThreads)
    .where(eq(communityThreads.id, id));
  const space = thread && member.spaces.find((s) => s.programmeId === thread.programmeId);
  if (!thread || !space) throw notFound();
  if (thread.state !== 'visible' && !space.moderated && thread.authorId !== member.actor.userId) {
    throw notFound();
  }
  return { member, space, thread };
}

export const communityAccess = { config: { access: 'community.view' as const } };
