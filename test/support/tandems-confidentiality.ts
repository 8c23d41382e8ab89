import {
  agreementVersions,
  goals,
  kickoffPreparations,
  meetingPreparations,
  meetings,
  milestones,
  outbox,
  timeEntries,
  todos,
} from '../../src/db/schema/index.ts';
import type { TestApp } from '../helpers/app.ts';
import type { createTandem } from './tandems.ts';

/** The planted marker: it must never leave the two members' pages. */
export const SECRET = 'VERTRAULICH-7f3a9c';

const DAY = 86_400_000;

/**
 * Writes the marker into every contents column of the tandem (agreement, preparations, meetings,
 * records, to-dos, goals, milestones, the mentor's time note) and returns the ids the routes need.
 */
export async function plantContents(t: TestApp, pair: Awaited<ReturnType<typeof createTandem>>) {
  const tandemId = pair.id;
  const now = t.clock.now();
  const text = (what: string) => `${what} ${SECRET}`;
  await t.db.insert(agreementVersions).values({
    tandemId,
    version: 1,
    authorId: pair.mentee.user.id,
    content: {
      expectations: text('Erwartungen'),
      needs: text('Bedarfe'),
      wishes: text('Wünsche'),
      capacities: text('Kapazitäten'),
      goals: text('Ziel'),
      formats: ['online'],
      rhythm: 'regular',
      reachability: text('Erreichbarkeit'),
    },
    menteeConfirmedAt: now,
    mentorConfirmedAt: now,
  });
  await t.db.insert(kickoffPreparations).values([
    { tandemId, side: 'mentee', answers: { learn: text('Lernen'), reach: text('Erreichen') }, sharedAt: now },
    { tandemId, side: 'mentor', answers: { pass_on: text('Weitergeben') } },
  ]);
  const [held, planned] = await t.db
    .insert(meetings)
    .values([
      {
        tandemId,
        status: 'held',
        startsAt: new Date(now.getTime() - 7 * DAY),
        durationMinutes: 60,
        format: 'in_person',
        location: text('Ort'),
        recap: text('Rückblick'),
        learnings: text('Erkenntnis'),
        nextTopics: text('Nächste Themen'),
        recordedAt: now,
        recordedBy: pair.mentee.user.id,
      },
      {
        tandemId,
        status: 'planned',
        startsAt: new Date(now.getTime() + 2 * DAY),
        durationMinutes: 60,
        format: 'online',
        location: text('https://konferenz.example/'),
      },
    ])
    .returning();
  await t.db.insert(meetingPreparations).values([
    { meetingId: planned!.id, side: 'mentee', questions: text('Fragen'), topics: text('Themen') },
    { meetingId: planned!.id, side: 'mentor', changes: text('Veränderungen') },
  ]);
  const [todo] = await t.db
    .insert(todos)
    .values({ tandemId, meetingId: held!.id, title: text('Aufgabe'), owner: 'both' })
    .returning();
  const [goal] = await t.db
    .insert(goals)
    .values({ tandemId, title: text('Ziel') })
    .returning();
  const [milestone] = await t.db
    .insert(milestones)
    .values({ goalId: goal!.id, tandemId, title: text('Meilenstein'), reachedAt: now, celebratedAt: now })
    .returning();
  await t.db.insert(timeEntries).values({
    userId: pair.mentor.user.id,
    programmeId: pair.mentor.programme.id,
    tandemId,
    meetingId: held!.id,
    kind: 'meeting',
    on: new Date(now.getTime() - 7 * DAY).toISOString().slice(0, 10),
    minutes: 60,
    note: text('Notiz'),
  });
  return {
    meetingId: held!.id,
    plannedMeetingId: planned!.id,
    todoId: todo!.id,
    goalId: goal!.id,
    milestoneId: milestone!.id,
  };
}

export const outboxRows = (t: TestApp) => t.db.select().from(outbox);
