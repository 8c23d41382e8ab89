import { and, eq } from 'drizzle-orm';
import type { MemberTandem } from '../../../../access/index.ts';
import { meetings } from '../../../../db/schema/index.ts';
import type { MeetingFormat } from '../../../../db/schema/tandems.ts';
import { type ServiceDeps, withMails } from '../../../../mail/with-mails.ts';
import { mailBothMembers } from '../mails.ts';

export interface Appointment {
  startsAt: Date;
  durationMinutes: number;
  format: MeetingFormat;
  location: string;
}

export type ChangeOutcome =
  | { kind: 'ok' }
  | { kind: 'unchanged' }
  /** Held, cancelled or a logged contact meanwhile: only planned meetings change. */
  | { kind: 'not-planned' };

export const mailTandem = (tandem: MemberTandem) => ({
  id: tandem.tandem.id,
  programmeName: tandem.programme.name,
  mentee: tandem.mentee,
  mentor: tandem.mentor,
});

/** Plans a meeting; both members get a mail with its date in the same transaction. */
export async function planMeeting(
  deps: ServiceDeps,
  tandem: MemberTandem,
  actorId: string,
  appointment: Appointment,
): Promise<string> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const [row] = await tx
      .insert(meetings)
      .values({
        tandemId: tandem.tandem.id,
        kind: 'meeting',
        status: 'planned',
        ...appointment,
        createdBy: actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: meetings.id, startsAt: meetings.startsAt });
    await mailBothMembers(deps, mail, 'planned', mailTandem(tandem), row!);
    return row!.id;
  });
}

/**
 * Changes a planned meeting. Any change raises the SEQUENCE, so calendar clients replace their
 * entry; a new date also re-arms the day-before reminder.
 */
export async function changeMeeting(
  deps: ServiceDeps,
  tandem: MemberTandem,
  meetingId: string,
  appointment: Appointment,
): Promise<ChangeOutcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const [current] = await tx
      .select()
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), eq(meetings.tandemId, tandem.tandem.id)))
      .for('update');
    if (current?.status !== 'planned' || current.kind !== 'meeting') return { kind: 'not-planned' };
    const moved = current.startsAt.getTime() !== appointment.startsAt.getTime();
    const changed =
      moved ||
      current.durationMinutes !== appointment.durationMinutes ||
      current.format !== appointment.format ||
      current.location !== appointment.location;
    if (!changed) return { kind: 'unchanged' };
    await tx
      .update(meetings)
      .set({
        ...appointment,
        sequence: current.sequence + 1,
        remindedAt: moved ? null : current.remindedAt,
        updatedAt: now,
      })
      .where(eq(meetings.id, current.id));
    await mailBothMembers(deps, mail, 'changed', mailTandem(tandem), {
      id: current.id,
      startsAt: appointment.startsAt,
    });
    return { kind: 'ok' };
  });
}

/** Cancels a planned meeting: it stays in the history, calendars show it as cancelled. */
export async function cancelMeeting(
  deps: ServiceDeps,
  tandem: MemberTandem,
  meetingId: string,
): Promise<ChangeOutcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const [current] = await tx
      .select({ sequence: meetings.sequence })
      .from(meetings)
      .where(
        and(
          eq(meetings.id, meetingId),
          eq(meetings.tandemId, tandem.tandem.id),
          eq(meetings.status, 'planned'),
          eq(meetings.kind, 'meeting'),
        ),
      )
      .for('update');
    if (!current) return { kind: 'not-planned' };
    const [row] = await tx
      .update(meetings)
      .set({ status: 'cancelled', sequence: current.sequence + 1, updatedAt: now })
      .where(eq(meetings.id, meetingId))
      .returning({ id: meetings.id, startsAt: meetings.startsAt });
    await mailBothMembers(deps, mail, 'cancelled', mailTandem(tandem), row!);
    return { kind: 'ok' };
  });
}
