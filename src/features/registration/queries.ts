import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { participationEvents, participations, profiles, programmes } from '../../db/schema/index.ts';
import type { ParticipationStatus } from '../../db/schema/registration.ts';
import { finishedMentee } from '../proposals/index.ts';
import type { DraftData } from './schema.ts';

/** The saved profile as draft values, to prefill a second registration. */
export async function findProfile(db: Db, userId: string): Promise<DraftData> {
  const [p] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  if (!p) return {};
  return {
    phone: p.phone,
    organisationName: p.organisationName,
    organisationType: p.organisationType,
    bundesland: p.bundesland,
    sizeClass: p.sizeClass,
    position: p.position,
    inRoleSince: p.inRoleSince,
    formats: p.formats,
    frequency: p.frequency,
    languages: p.languages as DraftData['languages'],
    availability: p.availability,
  };
}

export const findProfileRow = async (db: Db, userId: string) =>
  (await db.select().from(profiles).where(eq(profiles.userId, userId)))[0] ?? null;

/** The person's own participations: never anybody else's, and never intake notes. */
export const ownParticipations = (db: Db, userId: string) =>
  db
    .select({
      id: participations.id,
      role: participations.role,
      status: participations.status,
      funding: participations.funding,
      topicsNeeded: participations.topicsNeeded,
      topicsOffered: participations.topicsOffered,
      topicsFreeText: participations.topicsFreeText,
      goals: participations.goals,
      /** A mentee whose tandem ended as planned, out of the pool until asking to return. */
      finished: sql<boolean>`${finishedMentee}`,
      capacity: participations.capacity,
      intakeAt: participations.intakeAt,
      createdAt: participations.createdAt,
      programmeId: programmes.id,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
    })
    .from(participations)
    .innerJoin(programmes, eq(programmes.id, participations.programmeId))
    .where(eq(participations.userId, userId))
    .orderBy(asc(programmes.slug), asc(participations.role));

export type OwnParticipation = Awaited<ReturnType<typeof ownParticipations>>[number];

export const findOwnParticipation = async (db: Db, userId: string, id: string) =>
  /^[0-9a-f-]{36}$/.test(id)
    ? ((await ownParticipations(db, userId)).find((p) => p.id === id) ?? null)
    : null;

/** The status a paused participation returns to: the last one before the pause. */
export async function statusBeforePause(db: Db, participationId: string) {
  const events = await db
    .select()
    .from(participationEvents)
    .where(eq(participationEvents.participationId, participationId))
    .orderBy(desc(participationEvents.at));
  return (events.find((e) => e.toStatus === 'paused')?.fromStatus ?? 'registered') as ParticipationStatus;
}
