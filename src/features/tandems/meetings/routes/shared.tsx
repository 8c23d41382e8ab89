import type { FastifyReply, FastifyRequest } from 'fastify';
import { type MemberTandem, requireMember } from '../../../../access/index.ts';
import { notFound } from '../../../../platform/errors.ts';
import { fromBerlin, isoDate, isoTime, type LocalDateTime, toBerlin } from '../../../../platform/time.ts';
import { MessagePage } from '../../../../ui/components/MessagePage.tsx';
import { meetingPath } from '../paths.ts';
import { findMeeting, type Meeting } from '../queries.ts';

export { endedReply, isWritable } from '../../core/state.tsx';
export { meetingPath } from '../paths.ts';

export type MeetingParams = { Params: { id: string; meetingId: string } };

/** The tandem and its meeting; another tandem's meeting answers 404 like an unknown one. */
export async function loadMeeting(
  req: FastifyRequest<MeetingParams>,
): Promise<{ tandem: MemberTandem; meeting: Meeting }> {
  const tandem = await requireMember(req, req.params.id);
  const meeting = await findMeeting(req.server.deps.database.db, tandem.tandem.id, req.params.meetingId);
  if (!meeting) throw notFound();
  return { tandem, meeting };
}

/** A meeting that is no longer planned (held, cancelled meanwhile): a clear message, nothing overwritten. */
export function notPlannedReply(reply: FastifyReply, tandem: MemberTandem, meetingId: string) {
  return reply.page(
    <MessagePage
      title="tandems.meetings.conflict.title"
      text="tandems.meetings.conflict.text"
      next={{
        href: meetingPath(tandem.tandem.id, meetingId),
        label: 'tandems.meetings.conflict.back',
      }}
    />,
    409,
  );
}

export const instant = (local: LocalDateTime) => fromBerlin(local);

/** A meeting's date, time, duration, format and place as the form shows them. */
export function appointmentValues(m: Pick<Meeting, 'startsAt' | 'durationMinutes' | 'format' | 'location'>) {
  const b = toBerlin(m.startsAt);
  return {
    datum: isoDate(b),
    uhrzeit: isoTime(b),
    dauer: String(m.durationMinutes),
    format: m.format,
    ort: m.location,
  };
}
