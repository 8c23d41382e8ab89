import type { Member } from '../../../access/index.ts';
import type { MailContent } from '../../../mail/render.tsx';
import { link, type QueueMail, type ServiceDeps } from '../../../mail/with-mails.ts';
import { formatLongDate, formatTime } from '../../../platform/time.ts';
import { tandemPath } from '../paths.ts';

/*
 * What mails about a meeting carry, and what they never carry.
 *
 * A mail leaves the platform: it may be forwarded, read on a shared device or kept in an office
 * archive. So it names only what the programme's coordinators may see anyway — that there is a
 * meeting, its date and time — plus a neutral sentence and a link. Never the place or link of the
 * meeting (someone's home address, a video room), the preparation, the record, learnings or to-dos.
 * No .ics is attached either: the calendar entry with the place comes from the meeting page's
 * download or the person's private feed, both reachable by the two members only.
 */

export type MeetingMailKind = 'planned' | 'changed' | 'cancelled' | 'reminder';

interface Vars {
  /** The recipient. */
  name: string;
  programme: string;
  date: string;
  time: string;
  url: string;
}

const PARAGRAPHS: Record<MeetingMailKind, MailContent['paragraphs']> = {
  planned: ['tandems.meetings.mail.planned.body', 'tandems.meetings.mail.confidential'],
  changed: ['tandems.meetings.mail.changed.body', 'tandems.meetings.mail.confidential'],
  cancelled: [
    'tandems.meetings.mail.cancelled.body',
    'tandems.meetings.mail.cancelled.next',
    'tandems.meetings.mail.confidential',
  ],
  reminder: [
    'tandems.meetings.mail.reminder.body',
    'tandems.meetings.mail.reminder.prepare',
    'tandems.meetings.mail.confidential',
  ],
};

export const meetingMail = (kind: MeetingMailKind, v: Vars): MailContent => ({
  template: `tandems.meetings.${kind}`,
  subject: `tandems.meetings.mail.${kind}.subject`,
  paragraphs: PARAGRAPHS[kind],
  action: { label: 'tandems.meetings.mail.action', url: v.url },
  vars: { name: v.name, programme: v.programme, date: v.date, time: v.time },
});

/** The same mail to both members, each in their own language. */
export async function mailBothMembers(
  deps: ServiceDeps,
  mail: QueueMail,
  kind: MeetingMailKind,
  tandem: { id: string; programmeName: string; mentee: Member; mentor: Member },
  meeting: { id: string; startsAt: Date },
) {
  const url = link(deps, tandemPath(tandem.id, `treffen/${meeting.id}`));
  for (const member of [tandem.mentee, tandem.mentor]) {
    await mail(
      member.email,
      member.locale,
      meetingMail(kind, {
        name: member.name,
        programme: tandem.programmeName,
        date: formatLongDate(meeting.startsAt, member.locale),
        time: formatTime(meeting.startsAt, member.locale),
        url,
      }),
    );
  }
}
