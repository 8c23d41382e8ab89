import { and, eq } from 'drizzle-orm';
import type { MemberTandem } from '../../../../access/index.ts';
import { meetingPreparations, meetings, todos } from '../../../../db/schema/index.ts';
import type { Side } from '../../../../db/schema/tandems.ts';
import { type ServiceDeps, withMails } from '../../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../../platform/result.ts';
import { mailBothMembers } from '../mails.ts';
import type { RecordTodo } from '../schema.ts';
import { type Appointment, mailTandem } from './plan.ts';

export interface MeetingRecord {
  recap: string;
  learnings: string;
  nextTopics: string;
  todos: RecordTodo[];
  /** The next date, if agreed: planned in the same transaction. */
  next: Appointment | null;
}

/**
 * The next meeting's id (null without a next date), or refused: 'future' (the meeting has not begun
 * yet; the form names the time), 'not-recordable' (cancelled, or a logged contact).
 */
export type RecordOutcome = Result<{ nextMeetingId: string | null }, 'future' | 'not-recordable'>;

/**
 * Saves the record after a meeting: the meeting counts as held, the to-dos until next time are
 * created, and an agreed next date is planned (with the mail to both) — all in one transaction.
 * Saving again updates the record and adds the new to-do rows.
 */
export async function recordMeeting(
  deps: ServiceDeps,
  tandem: MemberTandem,
  actorId: string,
  meetingId: string,
  record: MeetingRecord,
): Promise<RecordOutcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail): Promise<RecordOutcome> => {
    const [current] = await tx
      .select({ id: meetings.id, status: meetings.status, kind: meetings.kind, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), eq(meetings.tandemId, tandem.tandem.id)))
      .for('update');
    if (current?.kind !== 'meeting' || current.status === 'cancelled') {
      return refused('not-recordable');
    }
    if (current.startsAt.getTime() > now.getTime())
      return refused('future', { name: 'zeitpunkt', message: 'tandems.meetings.error.record.future' });
    await tx
      .update(meetings)
      .set({
        status: 'held',
        recap: record.recap,
        learnings: record.learnings,
        nextTopics: record.nextTopics,
        recordedAt: now,
        recordedBy: actorId,
        updatedAt: now,
      })
      .where(eq(meetings.id, current.id));
    if (record.todos.length > 0) {
      await tx.insert(todos).values(
        record.todos.map((t) => ({
          tandemId: tandem.tandem.id,
          meetingId: current.id,
          title: t.title,
          owner: t.owner,
          dueOn: t.dueOn,
          createdAt: now,
        })),
      );
    }
    if (!record.next) return ok({ nextMeetingId: null });
    const [next] = await tx
      .insert(meetings)
      .values({
        tandemId: tandem.tandem.id,
        kind: 'meeting',
        status: 'planned',
        ...record.next,
        createdBy: actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: meetings.id, startsAt: meetings.startsAt });
    await mailBothMembers(deps, mail, 'planned', mailTandem(tandem), next!);
    return ok({ nextMeetingId: next!.id });
  });
}

/**
 * A meeting that already happened, recorded afterwards without being planned: held at once, no mail
 * (nothing lies ahead). Its record and to-dos follow on the record page; its time counts as any held
 * meeting's does (the mentor logs it).
 */
export async function recordPastMeeting(
  deps: ServiceDeps,
  tandem: MemberTandem,
  actorId: string,
  appointment: Appointment,
): Promise<string> {
  return insertHeld(deps, tandem, actorId, { kind: 'meeting', ...appointment });
}

/** A phone call or email exchange: one short entry, held at once, no mail. */
export async function logContact(
  deps: ServiceDeps,
  tandem: MemberTandem,
  actorId: string,
  contact: { startsAt: Date; durationMinutes: number; format: 'phone' | 'email'; summary: string },
): Promise<string> {
  return insertHeld(deps, tandem, actorId, { kind: 'contact', ...contact });
}

/** A meeting or contact recorded as held at once, by the member who writes it down. */
async function insertHeld(
  deps: ServiceDeps,
  tandem: MemberTandem,
  actorId: string,
  fields: Omit<typeof meetings.$inferInsert, 'tandemId' | 'status'>,
): Promise<string> {
  const now = deps.clock();
  const [row] = await deps.database.db
    .insert(meetings)
    .values({
      ...fields,
      tandemId: tandem.tandem.id,
      status: 'held',
      recordedAt: now,
      recordedBy: actorId,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: meetings.id });
  return row!.id;
}

/** One member's preparation notes; the partner reads them on the meeting page. */
export async function savePreparation(
  deps: ServiceDeps,
  meetingId: string,
  side: Side,
  notes: { questions: string; topics: string; changes: string },
) {
  const now = deps.clock();
  await deps.database.db
    .insert(meetingPreparations)
    .values({ meetingId, side, ...notes, updatedAt: now })
    .onConflictDoUpdate({
      target: [meetingPreparations.meetingId, meetingPreparations.side],
      set: { ...notes, updatedAt: now },
    });
}
