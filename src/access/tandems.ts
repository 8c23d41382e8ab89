import { and, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/client.ts';
import { participations, profiles, programmes, tandems, users } from '../db/schema/index.ts';
import type { Side } from '../db/schema/tandems.ts';
import type { Locale } from '../i18n/index.ts';
import { notFound } from '../platform/errors.ts';
import { isUuid } from '../platform/forms.ts';
import { can } from '../policy/index.ts';
import { requireSignedIn } from './actor.ts';

/** One of the two members, with the contact details the partner sees. */
export interface Member {
  userId: string;
  participationId: string;
  name: string;
  email: string;
  phone: string;
  locale: Locale;
  /** The member's funding phase in this programme (the mentoring duty depends on it). */
  funding: string;
}

export interface MemberTandem {
  tandem: typeof tandems.$inferSelect;
  programme: typeof programmes.$inferSelect;
  /** The actor's side in this tandem. */
  side: Side;
  mentee: Member;
  mentor: Member;
  me: Member;
  partner: Member;
  menteeUserId: string;
  mentorUserId: string;
}

/**
 * Every tandem route requires 'tandems.member'; each tandem is then checked against the actor
 * (requireMember: 404 to anyone signed in but the two members).
 */
export const memberAccess = { config: { access: 'tandems.member' as const } };

export type TandemParams = { Params: { id: string } };

const menteeP = alias(participations, 'mentee_p');
const mentorP = alias(participations, 'mentor_p');
const menteeU = alias(users, 'mentee_u');
const mentorU = alias(users, 'mentor_u');

/**
 * The mentee's and the mentor's participation and account, the one join every tandem or proposal
 * query uses: `.innerJoin(parties.menteeP, eq(parties.menteeP.id, tandems.menteeParticipationId))` …
 */
export const parties = { menteeP, mentorP, menteeU, mentorU };
const menteeProfile = alias(profiles, 'mentee_profile');
const mentorProfile = alias(profiles, 'mentor_profile');

function memberOf(
  p: typeof participations.$inferSelect,
  u: typeof users.$inferSelect,
  profile: { phone: string } | null,
): Member {
  return {
    userId: u.id,
    participationId: p.id,
    name: u.name,
    email: u.email,
    phone: profile?.phone ?? '',
    locale: u.locale,
    funding: p.funding,
  };
}

/** A tandem with both members. Without `userId` for jobs and coordinators' services (no side). */
export async function loadTandemMembers(db: Db | Tx, tandemId: string) {
  if (!isUuid(tandemId)) return null;
  const [row] = await db
    .select({
      tandem: tandems,
      programme: programmes,
      menteeP,
      mentorP,
      menteeU,
      mentorU,
      menteePhone: menteeProfile.phone,
      mentorPhone: mentorProfile.phone,
    })
    .from(tandems)
    .innerJoin(programmes, eq(programmes.id, tandems.programmeId))
    .innerJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .leftJoin(menteeProfile, eq(menteeProfile.userId, menteeU.id))
    .leftJoin(mentorProfile, eq(mentorProfile.userId, mentorU.id))
    .where(eq(tandems.id, tandemId));
  if (!row) return null;
  const mentee = memberOf(
    row.menteeP,
    row.menteeU,
    row.menteePhone === null ? null : { phone: row.menteePhone },
  );
  const mentor = memberOf(
    row.mentorP,
    row.mentorU,
    row.mentorPhone === null ? null : { phone: row.mentorPhone },
  );
  return { tandem: row.tandem, programme: row.programme, mentee, mentor };
}

/** The tandem if `userId` is one of its two members, else null (unknown, malformed or someone else's). */
async function findMemberTandem(db: Db | Tx, userId: string, tandemId: string): Promise<MemberTandem | null> {
  const found = await loadTandemMembers(db, tandemId);
  if (!found) return null;
  const side: Side | null =
    found.mentee.userId === userId ? 'mentee' : found.mentor.userId === userId ? 'mentor' : null;
  if (!side) return null;
  return {
    ...found,
    side,
    me: side === 'mentee' ? found.mentee : found.mentor,
    partner: side === 'mentee' ? found.mentor : found.mentee,
    menteeUserId: found.mentee.userId,
    mentorUserId: found.mentor.userId,
  };
}

/**
 * The tandem for a contents route. Anyone but its two members, coordinators and admins included,
 * gets the same 404 as for an unknown id (ADR 0012, ADR 0015).
 */
export async function requireMember(req: FastifyRequest, tandemId: string): Promise<MemberTandem> {
  const actor = requireSignedIn(req);
  const found = await findMemberTandem(req.server.deps.database.db, actor.userId, tandemId);
  if (!found || !can(actor, 'tandems.member', found)) throw notFound();
  return found;
}

export type CoordinatedTandem = typeof tandems.$inferSelect;

/**
 * A tandem's row (status, dates, programme: never its contents) for its programme's coordinators;
 * an unknown id and another programme's tandem both answer 404.
 */
export async function requireCoordinatedTandem(
  req: FastifyRequest,
  tandemId: string,
): Promise<CoordinatedTandem> {
  const actor = requireSignedIn(req);
  const [row] = isUuid(tandemId)
    ? await req.server.deps.database.db.select().from(tandems).where(eq(tandems.id, tandemId))
    : [];
  if (!row || !can(actor, 'tandems.coordinate', row)) throw notFound();
  return row;
}

/** The tandems a person belongs to, on either side, newest first. */
export async function ownTandems(db: Db, userId: string) {
  return db
    .select({
      id: tandems.id,
      status: tandems.status,
      createdAt: tandems.createdAt,
      activatedAt: tandems.activatedAt,
      endedAt: tandems.endedAt,
      programmeName: programmes.name,
      menteeUserId: menteeP.userId,
      menteeName: menteeU.name,
      mentorName: mentorU.name,
    })
    .from(tandems)
    .innerJoin(programmes, eq(programmes.id, tandems.programmeId))
    .innerJoin(menteeP, eq(menteeP.id, tandems.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, tandems.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .where(and(or(eq(menteeP.userId, userId), eq(mentorP.userId, userId))))
    .orderBy(tandems.status, tandems.createdAt);
}
