import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type MemberTandem, memberAccess, requireSignedIn } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../../platform/forms.ts';
import { MessagePage } from '../../../../ui/components/MessagePage.tsx';
import type { FormErrors } from '../../../../ui/context.ts';
import { tandemPath } from '../../paths.ts';
import { todosOfMeeting } from '../../todos/queries.ts';
import { berlinToday } from '../../todos/views/labels.ts';
import type { Meeting } from '../queries.ts';
import { recordForm } from '../schema.ts';
import { recordMeeting } from '../service/record.ts';
import { RecordPage, recordValues } from '../views/RecordPage.tsx';
import { endedReply, instant, isWritable, loadMeeting, type MeetingParams, meetingPath } from './shared.tsx';

async function recordPage(
  req: FastifyRequest,
  tandem: MemberTandem,
  meeting: Meeting,
  values: Record<string, string>,
  errors?: FormErrors,
) {
  const now = req.server.deps.clock();
  return (
    <RecordPage
      view={{
        tandemId: tandem.tandem.id,
        meeting,
        future: meeting.startsAt.getTime() > now.getTime(),
        existingTodos: await todosOfMeeting(req.server.deps.database.db, tandem.tandem.id, meeting.id),
        today: berlinToday(now),
        values,
        errors,
      }}
    />
  );
}

function notRecordable(reply: FastifyReply, tandem: MemberTandem, meetingId: string) {
  return reply.page(
    <MessagePage
      title="tandems.meetings.conflict.title"
      text="tandems.meetings.recordPage.cancelled"
      next={{ href: meetingPath(tandem.tandem.id, meetingId), label: 'tandems.meetings.conflict.back' }}
    />,
    409,
  );
}

/** GET/POST /tandems/:id/treffen/:meetingId/protokoll: the record after the meeting. */
export function registerRecordRoutes(app: FastifyInstance) {
  const path = tandemPath(':id', 'treffen/:meetingId/protokoll');

  app.get<MeetingParams>(path, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (meeting.kind !== 'meeting') throw notFound();
    if (meeting.status === 'cancelled' || !isWritable(tandem)) {
      return reply.redirect(meetingPath(tandem.tandem.id, meeting.id), 303);
    }
    return reply.page(await recordPage(req, tandem, meeting, recordValues(meeting)));
  });

  app.post<MeetingParams>(path, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (meeting.kind !== 'meeting') throw notFound();
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    if (meeting.status === 'cancelled') return notRecordable(reply, tandem, meeting.id);
    const form = parseForm(recordForm, req.body);
    if (!form.ok) return reply.page(await recordPage(req, tandem, meeting, form.values, form.errors), 422);
    const now = app.deps.clock();
    const errors: FormErrors = {};
    if (meeting.startsAt.getTime() > now.getTime()) errors.zeitpunkt = 'tandems.meetings.error.record.future';
    const next = form.data.next;
    const nextAt = next ? instant(next.at) : null;
    if (nextAt && nextAt.getTime() <= now.getTime()) {
      errors.naechstes_datum = 'tandems.meetings.error.nextDate.past';
    }
    if (Object.keys(errors).length > 0) {
      return reply.page(await recordPage(req, tandem, meeting, submittedValues(req.body), errors), 422);
    }
    const outcome = await recordMeeting(app.deps, tandem, requireSignedIn(req).userId, meeting.id, {
      ...form.data,
      next:
        next && nextAt
          ? {
              startsAt: nextAt,
              durationMinutes: next.durationMinutes,
              format: next.format,
              location: next.location,
            }
          : null,
    });
    if (!outcome.ok) {
      // Too early names the time on the form; anything else cannot be recorded at all.
      if (!outcome.field) return notRecordable(reply, tandem, meeting.id);
      const errors = { [outcome.field.name]: outcome.field.message };
      return reply.page(await recordPage(req, tandem, meeting, submittedValues(req.body), errors), 422);
    }
    return reply
      .flash(
        'success',
        outcome.value.nextMeetingId
          ? 'tandems.meetings.flash.recordedNext'
          : 'tandems.meetings.flash.recorded',
      )
      .redirect(meetingPath(tandem.tandem.id, meeting.id), 303);
  });
}
