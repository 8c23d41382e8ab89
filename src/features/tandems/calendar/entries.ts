import type { Config } from '../../../config.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { Meeting } from '../meetings/queries.ts';
import { tandemPath } from '../paths.ts';
import type { CalendarMeeting } from './ics.ts';

/**
 * A meeting as calendar entry for one of the two members (the .ics download and their feed): with
 * the partner's name and the place, which is why neither ever goes into a mail.
 */
export function calendarEntry(
  config: Pick<Config, 'baseUrl'>,
  t: Translate,
  meeting: Meeting,
  partnerName: string,
): CalendarMeeting {
  const url = new URL(tandemPath(meeting.tandemId, `treffen/${meeting.id}`), config.baseUrl).toString();
  return {
    uid: `${meeting.id}@${config.baseUrl.hostname}`,
    sequence: meeting.sequence,
    status: meeting.status,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    summary: t('tandems.calendar.ics.summary', { name: partnerName }),
    location: meeting.location,
    description: t('tandems.calendar.ics.description', { url }),
    url,
  };
}
