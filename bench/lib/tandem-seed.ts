import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import {
  agreementVersions,
  goals,
  meetings,
  milestones,
  participations,
  programmes,
  tandems,
  timeEntries,
  todos,
  users,
} from '../../src/db/schema/index.ts';
import { PARTICIPANT, seedParticipant } from './participant.ts';

const DAY_MS = 86_400_000;
export const MEETINGS = 100;
export const TODOS = 500;
/** Of the 500 to-dos, this many are still open: the page lists the open ones. */
export const OPEN_TODOS = 100;
export const MENTEE_NAME = 'Bench Mentee';

/**
 * One long-running tandem of the bench participant (as mentor): 100 meetings (99 held with records,
 * the next one planned), 500 to-dos, goals with milestones, an agreement and the mentor's time.
 */
export async function seedLongTandem(target: { dataDir?: string; databaseUrl?: string }): Promise<string> {
  await seedParticipant(target);
  const database = await openDatabase(target);
  try {
    const db = database.db;
    const [programme] = await db.select().from(programmes).where(eq(programmes.slug, 'klimaschutz'));
    const [mentorUser] = await db.select().from(users).where(eq(users.email, PARTICIPANT.email));
    const [menteeUser] = await db
      .insert(users)
      .values({
        email: 'bench-mentee@example.org',
        name: MENTEE_NAME,
        role: 'participant',
        emailVerifiedAt: new Date(),
        locale: 'de',
      })
      .returning();
    const now = Date.now();
    const start = new Date(now - 2 * 365 * DAY_MS);
    const [mentee, mentor] = await db
      .insert(participations)
      .values([
        { userId: menteeUser!.id, programmeId: programme!.id, role: 'mentee', status: 'accepted' },
        {
          userId: mentorUser!.id,
          programmeId: programme!.id,
          role: 'mentor',
          status: 'accepted',
          capacity: 2,
          funding: 'Anschlussvorhaben',
        },
      ])
      .returning();
    const [tandem] = await db
      .insert(tandems)
      .values({
        programmeId: programme!.id,
        menteeParticipationId: mentee!.id,
        mentorParticipationId: mentor!.id,
        status: 'active',
        createdAt: start,
        activatedAt: start,
      })
      .returning();
    const tandemId = tandem!.id;
    await db.insert(agreementVersions).values({
      tandemId,
      version: 1,
      authorId: menteeUser!.id,
      content: {
        expectations: 'Regelmäßiger Austausch zur Kommunalrichtlinie',
        needs: 'Antragstellung, Öffentlichkeitsarbeit',
        wishes: 'Kontakte in die Nachbarkommunen',
        capacities: 'Eine Stunde im Monat',
        goals: 'Förderantrag stellen\nKlimaschutzkonzept beschließen',
        formats: ['online', 'phone'],
        rhythm: 'regular',
        reachability: 'Per E-Mail, dienstags telefonisch',
      },
      menteeConfirmedAt: start,
      mentorConfirmedAt: start,
    });
    const held = Array.from({ length: MEETINGS - 1 }, (_, i) => ({
      tandemId,
      kind: i % 10 === 9 ? ('contact' as const) : ('meeting' as const),
      status: 'held' as const,
      startsAt: new Date(start.getTime() + (i + 1) * 7 * DAY_MS),
      durationMinutes: 60,
      format: i % 10 === 9 ? ('phone' as const) : ('online' as const),
      location: 'https://konferenz.example/raum',
      recap: `Rückblick auf Treffen ${i}`,
      learnings: `Erkenntnis Nr. ${i}: Förderfristen früh prüfen`,
      nextTopics: 'Beteiligung der Politik',
      recordedAt: new Date(start.getTime() + (i + 1) * 7 * DAY_MS + 3_600_000),
      recordedBy: mentorUser!.id,
    }));
    const planned = {
      tandemId,
      status: 'planned' as const,
      startsAt: new Date(now + 7 * DAY_MS),
      durationMinutes: 60,
      format: 'in_person' as const,
      location: 'Rathaus, Raum 2',
    };
    const meetingRows = await db
      .insert(meetings)
      .values([...held, planned])
      .returning({ id: meetings.id });
    await db.insert(todos).values(
      Array.from({ length: TODOS }, (_, i) => ({
        tandemId,
        meetingId: meetingRows[i % (MEETINGS - 1)]!.id,
        title: `Aufgabe ${i + 1}: Unterlagen zusammenstellen`,
        owner: (['mentee', 'mentor', 'both'] as const)[i % 3]!,
        dueOn: new Date(now + ((i % 60) - 30) * DAY_MS).toISOString().slice(0, 10),
        doneAt: i < TODOS - OPEN_TODOS ? new Date(start.getTime() + i * DAY_MS) : null,
      })),
    );
    for (let g = 0; g < 5; g++) {
      const [goal] = await db
        .insert(goals)
        .values({ tandemId, title: `Ziel ${g + 1}`, position: g })
        .returning();
      await db.insert(milestones).values(
        Array.from({ length: 4 }, (_, m) => ({
          goalId: goal!.id,
          tandemId,
          title: `Meilenstein ${g + 1}.${m + 1}`,
          position: m,
          reachedAt: m < 2 ? new Date(start.getTime() + m * 30 * DAY_MS) : null,
        })),
      );
    }
    await db.insert(timeEntries).values(
      held.map((m, i) => ({
        userId: mentorUser!.id,
        programmeId: programme!.id,
        tandemId,
        meetingId: meetingRows[i]!.id,
        kind: 'meeting' as const,
        on: m.startsAt.toISOString().slice(0, 10),
        minutes: 60,
      })),
    );
    await database.execute('ANALYZE');
    return tandemId;
  } finally {
    await database.close();
  }
}
