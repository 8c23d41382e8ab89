import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type MemberTandem,
  memberAccess,
  requireMember,
  requireSignedIn,
  type TandemParams,
} from '../../../../access/index.ts';
import { parseForm, submittedValues } from '../../../../platform/forms.ts';
import { fromBerlin, isoDate, toBerlin } from '../../../../platform/time.ts';
import type { FormErrors } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { contactForm, meetingForm } from '../schema.ts';
import { planMeeting } from '../service/plan.ts';
import { logContact, recordPastMeeting } from '../service/record.ts';
import { NewMeetingPage } from '../views/NewMeetingPage.tsx';
import { endedReply, isWritable, meetingPath } from './shared.tsx';

function newMeetingPage(
  tandem: MemberTandem,
  sent?: 'meeting' | 'contact',
  values: Record<string, string> = {},
  errors?: FormErrors,
) {
  return (
    <NewMeetingPage
      view={{ tandemId: tandem.tandem.id, partnerName: tandem.partner.name, sent, values, errors }}
    />
  );
}

/** A contact without a time counts at noon of its day, or now when that is earlier. */
function contactStart(
  req: FastifyRequest,
  day: { year: number; month: number; day: number },
  time?: { hour: number; minute: number },
) {
  const now = req.server.deps.clock();
  const at = fromBerlin({ ...day, ...(time ?? { hour: 12, minute: 0 }) });
  if (!time && isoDate(day) === isoDate(toBerlin(now)) && at.getTime() > now.getTime()) return now;
  return at;
}

/** GET/POST /tandems/:id/treffen: plan a meeting (or record one that already happened); POST /tandems/:id/kontakte: log a call or an email exchange. */
export function registerPlanRoutes(app: FastifyInstance) {
  const path = tandemPath(':id', 'treffen');

  app.get<TandemParams>(path, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    return reply.page(newMeetingPage(tandem));
  });

  app.post<TandemParams>(path, memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(meetingForm, req.body);
    if (!form.ok) return reply.page(newMeetingPage(tandem, 'meeting', form.values, form.errors), 422);
    const appointment = {
      startsAt: fromBerlin({ ...form.data.datum, ...form.data.uhrzeit }),
      durationMinutes: form.data.dauer,
      format: form.data.format,
      location: form.data.ort,
    };
    if (appointment.startsAt.getTime() <= app.deps.clock().getTime()) {
      // Already happened: recorded as held, on to its record.
      const heldId = await recordPastMeeting(app.deps, tandem, requireSignedIn(req).userId, appointment);
      return reply
        .flash('success', 'tandems.meetings.flash.recordedPast')
        .redirect(meetingPath(tandem.tandem.id, heldId, 'protokoll'), 303);
    }
    const meetingId = await planMeeting(app.deps, tandem, requireSignedIn(req).userId, appointment);
    return reply
      .flash('success', 'tandems.meetings.flash.planned')
      .redirect(meetingPath(tandem.tandem.id, meetingId), 303);
  });

  app.post<TandemParams>(tandemPath(':id', 'kontakte'), memberAccess, async (req, reply) => {
    const tandem = await requireMember(req, req.params.id);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const form = parseForm(contactForm, req.body);
    if (!form.ok) return reply.page(newMeetingPage(tandem, 'contact', form.values, form.errors), 422);
    const startsAt = contactStart(req, form.data.kontakt_datum, form.data.kontakt_uhrzeit);
    if (startsAt.getTime() > app.deps.clock().getTime()) {
      const errors = { kontakt_datum: 'tandems.meetings.error.contactDate.future' } as const;
      return reply.page(newMeetingPage(tandem, 'contact', submittedValues(req.body), errors), 422);
    }
    await logContact(app.deps, tandem, requireSignedIn(req).userId, {
      startsAt,
      durationMinutes: form.data.kontakt_dauer,
      format: form.data.kontakt_format,
      summary: form.data.zusammenfassung,
    });
    return reply
      .flash('success', 'tandems.meetings.flash.contact')
      .redirect(`${tandemPath(tandem.tandem.id)}#verlauf`, 303);
  });
}
