import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import {
  agreementVersions,
  goals,
  kickoffPreparations,
  meetings,
  milestones,
  participations,
  programmeCoordinators,
  supportCaseNotes,
  supportCases,
  tandemFeedback,
  tandems,
  timeEntries,
  todos,
  users,
} from '../db/schema/index.ts';
import { baseAgreement, DAY, demoTandems, type Party } from './tandem-specs.ts';

async function partyOf(tx: Tx, email: string): Promise<Party | undefined> {
  const [row] = await tx
    .select({
      participationId: participations.id,
      programmeId: participations.programmeId,
      userId: participations.userId,
    })
    .from(participations)
    .innerJoin(users, eq(users.id, participations.userId))
    .where(eq(users.email, email));
  return row;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Creates each demo tandem once: a pair that has a tandem already (in any state) is left as it is. */
export async function seedDemoTandems(tx: Tx, now: Date) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  for (const spec of demoTandems) {
    const mentee = await partyOf(tx, spec.mentee);
    const mentor = await partyOf(tx, spec.mentor);
    if (!mentee || !mentor) continue;
    const [existing] = await tx
      .select({ id: tandems.id })
      .from(tandems)
      .where(
        and(
          eq(tandems.menteeParticipationId, mentee.participationId),
          eq(tandems.mentorParticipationId, mentor.participationId),
        ),
      );
    if (existing) continue;
    const [tandem] = await tx
      .insert(tandems)
      .values({
        programmeId: mentee.programmeId,
        menteeParticipationId: mentee.participationId,
        mentorParticipationId: mentor.participationId,
        status: spec.end ? 'ended' : spec.activatedDaysAgo !== undefined ? 'active' : 'kickoff_pending',
        createdAt: ago(spec.createdDaysAgo),
        activatedAt: spec.activatedDaysAgo !== undefined ? ago(spec.activatedDaysAgo) : null,
        endedAt: spec.end ? ago(spec.end.daysAgo) : null,
        endKind: spec.end?.kind ?? null,
        endReason: spec.end?.reason ?? '',
        endedBy: spec.end ? mentee.userId : null,
        stallRemindedAt: spec.stall ? ago(spec.stall.remindedDaysAgo) : null,
        attentionAt: spec.stall ? ago(spec.stall.attentionDaysAgo) : null,
      })
      // The Nowak–Berg tandem of an older demo database was created without this check.
      .onConflictDoNothing()
      .returning({ id: tandems.id });
    if (!tandem || spec.activatedDaysAgo === undefined) continue;
    const tandemId = tandem.id;
    const kickoff = ago(spec.activatedDaysAgo + 3);
    const agreedAt = ago(spec.activatedDaysAgo);

    await tx.insert(kickoffPreparations).values([
      {
        tandemId,
        side: 'mentee',
        answers: { learn: 'Wie andere Kommunen vorgehen.', reach: baseAgreement.needs },
        sharedAt: kickoff,
        updatedAt: kickoff,
      },
      {
        tandemId,
        side: 'mentor',
        answers: { pass_on: 'Erfahrung aus eigenen Projekten.', connect: 'Kontakte im Netzwerk.' },
        sharedAt: kickoff,
        updatedAt: kickoff,
      },
    ]);
    await tx.insert(agreementVersions).values({
      tandemId,
      version: 1,
      content: { ...baseAgreement, ...spec.agreement },
      authorId: mentee.userId,
      menteeConfirmedAt: agreedAt,
      mentorConfirmedAt: agreedAt,
      createdAt: kickoff,
    });

    for (const [gi, g] of (spec.goals ?? []).entries()) {
      const [goal] = await tx
        .insert(goals)
        .values({
          tandemId,
          title: g.title,
          position: gi + 1,
          reachedAt: g.reachedDaysAgo !== undefined ? ago(g.reachedDaysAgo) : null,
          celebratedAt: g.celebrated && g.reachedDaysAgo !== undefined ? ago(g.reachedDaysAgo) : null,
          createdAt: agreedAt,
        })
        .returning({ id: goals.id });
      for (const [mi, m] of g.milestones.entries()) {
        await tx.insert(milestones).values({
          goalId: goal!.id,
          tandemId,
          title: m.title,
          position: mi + 1,
          reachedAt: m.reachedDaysAgo !== undefined ? ago(m.reachedDaysAgo) : null,
          celebratedAt: m.celebrated && m.reachedDaysAgo !== undefined ? ago(m.reachedDaysAgo) : null,
          createdAt: agreedAt,
        });
      }
    }

    for (const m of spec.meetings ?? []) {
      const status = m.status ?? 'held';
      const startsAt = ago(m.daysAgo);
      const held = status === 'held';
      const [meeting] = await tx
        .insert(meetings)
        .values({
          tandemId,
          kind: m.kind ?? 'meeting',
          status,
          startsAt,
          durationMinutes: m.minutes,
          format: m.format,
          location: m.location ?? '',
          recap: m.recap ?? '',
          learnings: m.learnings ?? '',
          nextTopics: m.nextTopics ?? '',
          summary: m.summary ?? '',
          recordedAt: held ? new Date(startsAt.getTime() + m.minutes * 60_000) : null,
          recordedBy: held ? mentee.userId : null,
          createdBy: mentor.userId,
          createdAt: held ? ago(m.daysAgo + 14) : ago(Math.max(m.daysAgo, 0) + 3),
          updatedAt: held ? startsAt : ago(Math.max(m.daysAgo, 0) + 3),
        })
        .returning({ id: meetings.id });
      for (const [title, owner, dueInDays, doneDaysAgo] of m.todos ?? []) {
        await tx.insert(todos).values({
          tandemId,
          meetingId: meeting!.id,
          title,
          owner,
          dueOn: dueInDays === null ? null : day(ago(-dueInDays)),
          doneAt: doneDaysAgo === null ? null : ago(doneDaysAgo),
          createdAt: startsAt,
        });
      }
      if (held) {
        // The mentor logs the meeting's time (and some preparation) against the programme's duty.
        await tx.insert(timeEntries).values([
          {
            userId: mentor.userId,
            programmeId: mentor.programmeId,
            tandemId,
            meetingId: meeting!.id,
            kind: 'meeting',
            on: day(startsAt),
            minutes: m.minutes,
            createdAt: startsAt,
          },
          {
            userId: mentor.userId,
            programmeId: mentor.programmeId,
            tandemId,
            kind: 'preparation',
            on: day(startsAt),
            minutes: 30,
            createdAt: startsAt,
          },
        ]);
      }
    }

    if (spec.end) {
      const answered = ago(Math.max(spec.end.daysAgo - 2, 0));
      const [menteeAnswer, mentorAnswer] = spec.end.feedback;
      await tx.insert(tandemFeedback).values([
        {
          ...menteeAnswer,
          tandemId,
          programmeId: mentee.programmeId,
          userId: mentee.userId,
          side: 'mentee',
          createdAt: answered,
        },
        {
          ...mentorAnswer,
          tandemId,
          programmeId: mentee.programmeId,
          userId: mentor.userId,
          side: 'mentor',
          createdAt: answered,
        },
      ]);
    }

    if (spec.support) {
      const [supportCase] = await tx
        .insert(supportCases)
        .values({
          tandemId,
          programmeId: mentee.programmeId,
          requesterId: mentee.userId,
          reason: spec.support.reason,
          message: spec.support.message,
          status: spec.support.note ? 'in_progress' : 'open',
          createdAt: ago(spec.support.daysAgo),
        })
        .returning({ id: supportCases.id });
      if (spec.support.note) {
        const [coordinator] = await tx
          .select({ userId: programmeCoordinators.userId })
          .from(programmeCoordinators)
          .where(eq(programmeCoordinators.programmeId, mentee.programmeId));
        await tx.insert(supportCaseNotes).values({
          caseId: supportCase!.id,
          authorId: coordinator?.userId ?? null,
          kind: 'contact',
          body: spec.support.note,
          createdAt: ago(spec.support.daysAgo - 2),
        });
      }
    }
  }
}
