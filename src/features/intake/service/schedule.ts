import { and, count, eq } from 'drizzle-orm';
import { participationEvents } from '../../../db/schema/index.ts';
import { translator } from '../../../i18n/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { icsAttachment, intakeCalendar } from '../ics.ts';
import { intakeMails } from '../mails.ts';
import { findScopedParticipation, loadHead } from '../queries/detail.ts';
import { formatLongDate, formatTime } from '../time.ts';
import { type IntakeActor, move, notFound, type Outcome } from './transitions.ts';

/**
 * Sets (or moves) the date of the intake call and sends the participant a mail with the calendar
 * entry, in the same transaction as the change.
 */
export async function scheduleIntake(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; at: Date },
): Promise<Outcome> {
  const now = deps.clock();
  if (input.at.getTime() <= now.getTime()) {
    return { kind: 'invalid', field: 'datum', key: 'form.intake.date.past' };
  }
  return withMails(deps, async (tx, mail) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return notFound;
    const outcome = await move(tx, p, 'intake_scheduled', {
      actorId: actor.userId,
      at: now,
      set: { intakeAt: input.at },
    });
    if (outcome.kind !== 'ok') return outcome;

    const { person, programme } = await loadHead(tx, p);
    const [times] = await tx
      .select({ n: count() })
      .from(participationEvents)
      .where(
        and(
          eq(participationEvents.participationId, p.id),
          eq(participationEvents.toStatus, 'intake_scheduled'),
        ),
      );
    const t = translator(person.locale);
    const vars = {
      name: person.name,
      programme: programme.name,
      date: formatLongDate(input.at, person.locale),
      time: formatTime(input.at, person.locale),
      contact: programme.contactEmail,
    };
    const calendar = intakeCalendar({
      uid: `kennenlerngespraech-${p.id}@klimatandem`,
      sequence: Math.max(0, Number(times?.n ?? 1) - 1),
      start: input.at,
      stamp: now,
      summary: t('intake.ics.summary', vars),
      description: t('intake.ics.description', vars),
      organizer: { name: programme.agency, email: programme.contactEmail },
    });
    await mail(
      person.email,
      person.locale,
      intakeMails.scheduled({ ...vars, rescheduled: p.status === 'intake_scheduled' }),
      { replyTo: programme.contactEmail, attachments: [icsAttachment(calendar)] },
    );
    return outcome;
  });
}
