import { desc, eq, inArray } from 'drizzle-orm';
import { involvesUser, type OwnProposal, parties } from '../../access/index.ts';
import type { Db } from '../../db/client.ts';
import {
  matchProposals,
  participations,
  profiles,
  programmes,
  tandems,
  topics,
  users,
} from '../../db/schema/index.ts';
import type { Role } from '../../db/schema/registration.ts';

/*
 * Proposals as one of their two people reads them. Every query is scoped to the user: someone
 * else's proposal is not found, whoever asks.
 */

const { menteeP, mentorP, menteeU, mentorU } = parties;

/** The person's proposals, newest first, with their side and the partner's name. */
export async function ownProposals(db: Db, userId: string) {
  const rows = await db
    .select({
      id: matchProposals.id,
      programmeName: programmes.name,
      status: matchProposals.status,
      menteeAnswer: matchProposals.menteeAnswer,
      mentorAnswer: matchProposals.mentorAnswer,
      createdAt: matchProposals.createdAt,
      expiresAt: matchProposals.expiresAt,
      closedAt: matchProposals.closedAt,
      menteeUserId: menteeP.userId,
      menteeName: menteeU.name,
      mentorName: mentorU.name,
    })
    .from(matchProposals)
    .innerJoin(programmes, eq(programmes.id, matchProposals.programmeId))
    .innerJoin(menteeP, eq(menteeP.id, matchProposals.menteeParticipationId))
    .innerJoin(menteeU, eq(menteeU.id, menteeP.userId))
    .innerJoin(mentorP, eq(mentorP.id, matchProposals.mentorParticipationId))
    .innerJoin(mentorU, eq(mentorU.id, mentorP.userId))
    .where(involvesUser(userId))
    .orderBy(desc(matchProposals.createdAt), desc(matchProposals.id));
  return rows.map(({ menteeUserId, menteeName, mentorName, menteeAnswer, mentorAnswer, ...r }) => {
    const side: Role = menteeUserId === userId ? 'mentee' : 'mentor';
    return {
      ...r,
      side,
      partnerName: side === 'mentee' ? mentorName : menteeName,
      ownAnswer: side === 'mentee' ? menteeAnswer : mentorAnswer,
    };
  });
}

export type OwnProposalRow = Awaited<ReturnType<typeof ownProposals>>[number];

type Participation = typeof participations.$inferSelect;
type Profile = typeof profiles.$inferSelect;

export interface ProposalSideData {
  participation: Participation;
  user: { name: string; email: string };
  profile: Profile | null;
}

export interface ProposalDetail {
  programme: typeof programmes.$inferSelect;
  mentee: ProposalSideData;
  mentor: ProposalSideData;
  /** All the programme's topics, archived ones too: a profile may still point at them. */
  topicLabels: Map<string, string>;
  tandem: { id: string; status: string } | null;
}

/** What the proposal's page shows: both sides, the programme, topic names, the tandem if formed. */
export async function loadProposalDetail(db: Db, own: OwnProposal): Promise<ProposalDetail> {
  const p = own.proposal;
  const [programme] = await db.select().from(programmes).where(eq(programmes.id, p.programmeId));
  const sides = await db
    .select({
      participation: participations,
      user: { name: users.name, email: users.email },
      profile: profiles,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .leftJoin(profiles, eq(profiles.userId, participations.userId))
    .where(inArray(participations.id, [p.menteeParticipationId, p.mentorParticipationId]));
  const side = (id: string) => sides.find((s) => s.participation.id === id)!;
  const labels = await db
    .select({ id: topics.id, label: topics.label })
    .from(topics)
    .where(eq(topics.programmeId, p.programmeId));
  const [tandem] = await db
    .select({ id: tandems.id, status: tandems.status })
    .from(tandems)
    .where(eq(tandems.proposalId, p.id));
  return {
    programme: programme!,
    mentee: side(p.menteeParticipationId),
    mentor: side(p.mentorParticipationId),
    topicLabels: new Map(labels.map((l) => [l.id, l.label])),
    tandem: tandem ?? null,
  };
}
