import { and, count, eq } from 'drizzle-orm';
import { participationEvents } from '../../../db/schema/index.ts';
import { translator } from '../../../i18n/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, refused } from '../../../platform/result.ts';
import { formatLongDate, formatTime } from '../../../platform/time.ts';
import { icsAttachment, intakeCalendar } from '../ics.ts';
import { intakeMails, roleList } from '../mails.ts';
import { findGroup, findScopedParticipation, loadHead } from '../queries/detail.ts';
import { abortOutcome, canMove, type IntakeActor, moveAll, type Outcome } from './transitions.ts';

/**
 * Sets (or moves) the date of the intake call and sends the participant one mail with the calendar
 * entry, in the same transaction as the change. One call covers every role of the person in the
 * programme that is still before it (mentee and mentor alike), so it is planned and mailed once.
 */
export async function scheduleIntake(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; at: Date },
): Promise<Outcome> {
  const now = deps.clock();
  if (input.at.getTime() <= now.getTime()) {
    return refused('invalid', { name: 'datum', message: 'form.intake.date.past' });
  }
  return withMails(deps, async (tx, mail) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return refused('not-found');
    const targets = (await findGroup(tx, p)).filter((x) => canMove(x.status, 'intake_scheduled'));
    if (targets.length === 0) return refused('conflict');
    await moveAll(tx, targets, 'intake_scheduled', {
      actorId: actor.userId,
      at: now,
      set: { intakeAt: input.at },
    });

    const first = targets[0]!;
    const { person, programme } = await loadHead(tx, p);
    const [times] = await tx
      .select({ n: count() })
      .from(participationEvents)
      .where(
        and(
          eq(participationEvents.participationId, first.id),
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
      uid: `kennenlerngespraech-${first.id}@klimatandem`,
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
      intakeMails.scheduled({
        ...vars,
        rescheduled: targets.some((x) => x.status === 'intake_scheduled'),
        roles: targets.length > 1 ? roleList(t, targets) : undefined,
      }),
      { replyTo: programme.contactEmail, attachments: [icsAttachment(calendar)] },
    );
    return ok();
  }).catch(abortOutcome);
}
