import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MemberTandem } from '../../../../access/index.ts';
import { memberAccess } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { parseForm, submittedValues } from '../../../../platform/forms.ts';
import { isoDate, toBerlin } from '../../../../platform/time.ts';
import type { FormErrors } from '../../../../ui/context.ts';
import { calendarEntry } from '../../calendar/entries.ts';
import { CALENDAR_TYPE, meetingsCalendar } from '../../calendar/ics.ts';
import { tandemPath } from '../../paths.ts';
import { todosOfMeeting } from '../../todos/queries.ts';
import { berlinToday } from '../../todos/views/labels.ts';
import { loadAgenda } from '../agenda.ts';
import { type Meeting, preparationsOf, recorderName } from '../queries.ts';
import { meetingForm, preparationForm } from '../schema.ts';
import { cancelMeeting, changeMeeting } from '../service/plan.ts';
import { savePreparation } from '../service/record.ts';
import { CancelPage } from '../views/CancelPage.tsx';
import { MeetingPage } from '../views/MeetingPage.tsx';
import {
  appointmentValues,
  endedReply,
  instant,
  isWritable,
  loadMeeting,
  type MeetingParams,
  meetingPath,
  notPlannedReply,
} from './shared.tsx';

interface PageOptions {
  sent?: 'edit' | 'preparation';
  values?: Record<string, string>;
  errors?: FormErrors;
}

async function meetingPage(
  req: FastifyRequest,
  tandem: MemberTandem,
  meeting: Meeting,
  options: PageOptions = {},
) {
  const db = req.server.deps.database.db;
  const now = req.server.deps.clock();
  const isMeeting = meeting.kind === 'meeting';
  const held = isMeeting && meeting.status === 'held';
  return (
    <MeetingPage
      view={{
        tandemId: tandem.tandem.id,
        partnerName: tandem.partner.name,
        side: tandem.side,
        meeting,
        now,
        today: berlinToday(now),
        writable: isWritable(tandem),
        agenda:
          isMeeting && meeting.status === 'planned' ? await loadAgenda(db, tandem.tandem.id, meeting) : null,
        preparations: isMeeting ? await preparationsOf(db, meeting.id) : {},
        record: held
          ? {
              todos: await todosOfMeeting(db, tandem.tandem.id, meeting.id),
              recorderName: await recorderName(db, meeting.recordedBy),
            }
          : null,
        editValues: appointmentValues(meeting),
        ...options,
      }}
    />
  );
}

const plannedMeeting = (m: Meeting) => m.kind === 'meeting' && m.status === 'planned';

/** One meeting: view and change it, cancel it (after a question), prepare it, take it home as .ics. */
export function registerMeetingRoutes(app: FastifyInstance) {
  const path = tandemPath(':id', 'treffen/:meetingId');

  app.get<MeetingParams>(path, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    return reply.page(await meetingPage(req, tandem, meeting));
  });

  app.post<MeetingParams>(path, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    if (!plannedMeeting(meeting)) return notPlannedReply(reply, tandem, meeting.id);
    const form = parseForm(meetingForm, req.body);
    if (!form.ok) {
      const page = await meetingPage(req, tandem, meeting, { sent: 'edit', ...form });
      return reply.page(page, 422);
    }
    const startsAt = instant({ ...form.data.datum, ...form.data.uhrzeit });
    const moved = startsAt.getTime() !== meeting.startsAt.getTime();
    if (moved && startsAt.getTime() <= app.deps.clock().getTime()) {
      const page = await meetingPage(req, tandem, meeting, {
        sent: 'edit',
        values: submittedValues(req.body),
        errors: { datum: 'tandems.meetings.error.date.past' },
      });
      return reply.page(page, 422);
    }
    const outcome = await changeMeeting(app.deps, tandem, meeting.id, {
      startsAt,
      durationMinutes: form.data.dauer,
      format: form.data.format,
      location: form.data.ort,
    });
    if (outcome.kind === 'not-planned') return notPlannedReply(reply, tandem, meeting.id);
    return reply
      .flash(
        outcome.kind === 'ok' ? 'success' : 'info',
        outcome.kind === 'ok' ? 'tandems.meetings.flash.changed' : 'tandems.meetings.flash.unchanged',
      )
      .redirect(meetingPath(tandem.tandem.id, meeting.id), 303);
  });

  app.get<MeetingParams>(`${path}/absage`, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    if (!plannedMeeting(meeting)) return notPlannedReply(reply, tandem, meeting.id);
    return reply.page(
      <CancelPage tandemId={tandem.tandem.id} meetingId={meeting.id} startsAt={meeting.startsAt} />,
    );
  });

  app.post<MeetingParams>(`${path}/absage`, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    const outcome = plannedMeeting(meeting)
      ? await cancelMeeting(app.deps, tandem, meeting.id)
      : ({ kind: 'not-planned' } as const);
    if (outcome.kind !== 'ok') return notPlannedReply(reply, tandem, meeting.id);
    return reply
      .flash('success', 'tandems.meetings.flash.cancelled')
      .redirect(meetingPath(tandem.tandem.id, meeting.id), 303);
  });

  app.post<MeetingParams>(`${path}/vorbereitung`, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (!isWritable(tandem)) return endedReply(reply, tandem);
    if (!plannedMeeting(meeting)) return notPlannedReply(reply, tandem, meeting.id);
    const form = parseForm(preparationForm, req.body);
    if (!form.ok) {
      const page = await meetingPage(req, tandem, meeting, { sent: 'preparation', ...form });
      return reply.page(page, 422);
    }
    await savePreparation(app.deps, meeting.id, tandem.side, {
      questions: form.data.fragen,
      topics: form.data.themen,
      changes: form.data.veraenderungen,
    });
    return reply
      .flash('success', 'tandems.meetings.flash.prepared')
      .redirect(`${meetingPath(tandem.tandem.id, meeting.id)}#vorbereitung`, 303);
  });

  app.get<MeetingParams>(`${path}/termin.ics`, memberAccess, async (req, reply) => {
    const { tandem, meeting } = await loadMeeting(req);
    if (meeting.kind !== 'meeting') throw notFound();
    const body = meetingsCalendar({
      name: req.t('tandems.calendar.ics.meetingName'),
      stamp: meeting.updatedAt,
      meetings: [calendarEntry(app.deps.config, req.t, meeting, tandem.partner.name)],
    });
    const day = isoDate(toBerlin(meeting.startsAt));
    return reply
      .type(CALENDAR_TYPE)
      .header('cache-control', 'private, no-store')
      .header(
        'content-disposition',
        `attachment; filename="${req.t('tandems.calendar.ics.filename', { day })}"`,
      )
      .send(body);
  });
}
