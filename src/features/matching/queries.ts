import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Programme } from '../../access/index.ts';
import type { Db, Tx } from '../../db/client.ts';
import {
  matchingRounds,
  matchProposals,
  participations,
  profiles,
  tandems,
  users,
} from '../../db/schema/index.ts';
import type { MatchProfile, MentorProfile } from '../../matching-engine/profile.ts';
import { listActiveTopics, listAllTopics } from '../programmes/index.ts';
import { finishedMentee } from '../proposals/index.ts';

export type { Programme } from '../../access/index.ts';
export type Round = typeof matchingRounds.$inferSelect;

/** A participant in the pool, with what the pages show beside the engine's profile. */
export interface PoolPerson {
  name: string;
  organisationName: string;
  registeredAt: Date;
  /** Set when the mentee's tandem ended for a re-match: first in line. */
  priorityAt?: Date | null;
}

export interface PoolData {
  mentees: MatchProfile[];
  mentors: MentorProfile[];
  people: Map<string, PoolPerson>;
  /** Declined pairs and pairs of ended tandems: never proposed again. */
  declined: [string, string][];
}

const hasOpenTandem = (column: typeof tandems.menteeParticipationId) =>
  sql`exists (select 1 from ${tandems} where ${column} = ${participations.id} and ${tandems.status} <> 'ended')`;
const hasPendingProposal = sql`exists (select 1 from ${matchProposals} where ${matchProposals.menteeParticipationId} = ${participations.id} and ${matchProposals.status} = 'pending')`;
const openLoad = sql<number>`(
  (select count(*) from ${tandems} where ${tandems.mentorParticipationId} = ${participations.id} and ${tandems.status} <> 'ended')
  + (select count(*) from ${matchProposals} where ${matchProposals.mentorParticipationId} = ${participations.id} and ${matchProposals.status} = 'pending')
)::int`;

/**
 * The matching pool of a programme now: accepted mentees without an open tandem or a pending
 * proposal and not finished (a tandem ended as planned, no return asked for since), and accepted
 * mentors with free places.
 */
export async function loadPool(db: Db | Tx, programme: Programme): Promise<PoolData> {
  const rows = await db
    .select({
      id: participations.id,
      role: participations.role,
      userId: participations.userId,
      funding: participations.funding,
      topicsNeeded: participations.topicsNeeded,
      topicsOffered: participations.topicsOffered,
      capacity: participations.capacity,
      createdAt: participations.createdAt,
      priorityAt: participations.priorityAt,
      name: users.name,
      profile: profiles,
      load: openLoad,
      busy: sql<boolean>`(${hasOpenTandem(tandems.menteeParticipationId)} or ${hasPendingProposal} or ${finishedMentee})`,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .innerJoin(profiles, eq(profiles.userId, participations.userId))
    .where(and(eq(participations.programmeId, programme.id), eq(participations.status, 'accepted')))
    // Mentees back from a re-match come first (the oldest priority first), then by registration.
    .orderBy(
      sql`${participations.priorityAt} asc nulls last`,
      asc(participations.createdAt),
      asc(participations.id),
    );
  const pool: PoolData = { mentees: [], mentors: [], people: new Map(), declined: [] };
  for (const r of rows) {
    const base = {
      id: r.id,
      personId: r.userId,
      organisationName: r.profile.organisationName,
      organisationType: r.profile.organisationType,
      bundesland: r.profile.bundesland,
      sizeClass: r.profile.sizeClass,
      formats: r.profile.formats,
      frequency: r.profile.frequency,
      languages: r.profile.languages,
      inRoleSince: r.profile.inRoleSince,
      fundingStage: programme.fundingOptions.indexOf(r.funding),
    };
    if (r.role === 'mentee') {
      if (r.busy) continue;
      pool.mentees.push({ ...base, topics: r.topicsNeeded });
    } else {
      const freeCapacity = (r.capacity ?? 1) - Number(r.load);
      if (freeCapacity <= 0) continue;
      pool.mentors.push({ ...base, topics: r.topicsOffered, freeCapacity });
    }
    pool.people.set(r.id, {
      name: r.name,
      organisationName: r.profile.organisationName,
      registeredAt: r.createdAt,
      priorityAt: r.role === 'mentee' ? r.priorityAt : null,
    });
  }
  const declined = await db
    .select({ mentee: matchProposals.menteeParticipationId, mentor: matchProposals.mentorParticipationId })
    .from(matchProposals)
    .where(and(eq(matchProposals.programmeId, programme.id), eq(matchProposals.status, 'declined')));
  // A pair whose tandem ended (as planned, early, re-matched or by the coordination) is never formed
  // again, like a declined one.
  const ended = await db
    .select({ mentee: tandems.menteeParticipationId, mentor: tandems.mentorParticipationId })
    .from(tandems)
    .where(and(eq(tandems.programmeId, programme.id), eq(tandems.status, 'ended')));
  pool.declined = [...declined, ...ended].map((d) => [d.mentee, d.mentor]);
  return pool;
}

/** Names of all the programme's topics, archived ones too: a profile may still point at them. */
export async function topicLabels(db: Db, programmeId: string): Promise<Map<string, string>> {
  return new Map((await listAllTopics(db, programmeId)).map((r) => [r.id, r.label]));
}

/** The topics a coordinator may filter by: the ones people can choose now. */
export const activeTopics = listActiveTopics;

/** Names for participation ids (a round's pairs), as a map. */
/** A mentee of the programme, whatever their status, with the name; null for anyone else. */
export async function findMentee(db: Db, programmeId: string, participationId: string) {
  const [row] = await db
    .select({ id: participations.id, name: users.name })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .where(
      and(
        eq(participations.id, participationId),
        eq(participations.programmeId, programmeId),
        eq(participations.role, 'mentee'),
      ),
    );
  return row ?? null;
}

export async function participantNames(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, PoolPerson>();
  const rows = await db
    .select({
      id: participations.id,
      name: users.name,
      organisationName: profiles.organisationName,
      registeredAt: participations.createdAt,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .innerJoin(profiles, eq(profiles.userId, participations.userId))
    .where(inArray(participations.id, [...ids]));
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

export async function findRound(db: Db, id: string): Promise<Round | null> {
  const [row] = await db.select().from(matchingRounds).where(eq(matchingRounds.id, id));
  return row ?? null;
}

export async function listRounds(db: Db, programmeId: string) {
  return db
    .select({
      id: matchingRounds.id,
      status: matchingRounds.status,
      mode: matchingRounds.mode,
      minScore: matchingRounds.minScore,
      createdAt: matchingRounds.createdAt,
      matched: sql<number | null>`(${matchingRounds.result} -> 'exact' ->> 'matched')::int`,
      createdBy: users.name,
    })
    .from(matchingRounds)
    .leftJoin(users, eq(users.id, matchingRounds.createdBy))
    .where(eq(matchingRounds.programmeId, programmeId))
    .orderBy(desc(matchingRounds.createdAt))
    .limit(20);
}

/** Tandems of a programme as coordinators may see them: who, status, since when; never contents. */
export async function listTandems(db: Db, programmeId: string) {
  const mentee = sql<string>`(select u.name from ${participations} p join ${users} u on u.id = p.user_id where p.id = ${tandems.menteeParticipationId})`;
  const mentor = sql<string>`(select u.name from ${participations} p join ${users} u on u.id = p.user_id where p.id = ${tandems.mentorParticipationId})`;
  return db
    .select({ id: tandems.id, status: tandems.status, createdAt: tandems.createdAt, mentee, mentor })
    .from(tandems)
    .where(eq(tandems.programmeId, programmeId))
    .orderBy(desc(tandems.createdAt))
    .limit(100);
}
