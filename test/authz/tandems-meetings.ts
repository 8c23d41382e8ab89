import { everyone, members, type Row, signedIn } from './outcomes.ts';

const id = '00000000-0000-0000-0000-000000000000';
const tandem = `/tandems/${id}`;
const meeting = `${tandem}/treffen/${id}`;

/**
 * Meetings, to-dos and the calendar. Every tandem route hides its contents from anonymous visitors
 * with a 404 and lets the handler answer 404 to anyone but the two members. /kalender is any signed-in
 * person's own feed address; the feed itself is public, its token being the secret (unknown: 404).
 */
export const tandemMeetingsRows: Record<string, Row> = {
  'GET /tandems/:id/treffen': { url: `${tandem}/treffen`, ...members },
  'POST /tandems/:id/treffen': { url: `${tandem}/treffen`, ...members },
  'GET /tandems/:id/treffen/:meetingId': { url: meeting, ...members },
  'POST /tandems/:id/treffen/:meetingId': { url: meeting, ...members },
  'GET /tandems/:id/treffen/:meetingId/absage': { url: `${meeting}/absage`, ...members },
  'POST /tandems/:id/treffen/:meetingId/absage': { url: `${meeting}/absage`, ...members },
  'POST /tandems/:id/treffen/:meetingId/vorbereitung': { url: `${meeting}/vorbereitung`, ...members },
  'GET /tandems/:id/treffen/:meetingId/termin.ics': { url: `${meeting}/termin.ics`, ...members },
  'GET /tandems/:id/treffen/:meetingId/protokoll': { url: `${meeting}/protokoll`, ...members },
  'POST /tandems/:id/treffen/:meetingId/protokoll': { url: `${meeting}/protokoll`, ...members },
  'POST /tandems/:id/kontakte': { url: `${tandem}/kontakte`, ...members },
  'GET /tandems/:id/verlauf': { url: `${tandem}/verlauf`, ...members },
  'GET /tandems/:id/aufgaben': { url: `${tandem}/aufgaben`, ...members },
  'POST /tandems/:id/aufgaben': { url: `${tandem}/aufgaben`, ...members },
  'POST /tandems/:id/aufgaben/:todoId': { url: `${tandem}/aufgaben/${id}`, ...members },
  'GET /tandems/:id/aufgaben/:todoId/bearbeiten': { url: `${tandem}/aufgaben/${id}/bearbeiten`, ...members },
  'POST /tandems/:id/aufgaben/:todoId/bearbeiten': { url: `${tandem}/aufgaben/${id}/bearbeiten`, ...members },
  'GET /tandems/:id/aufgaben/:todoId/loeschen': { url: `${tandem}/aufgaben/${id}/loeschen`, ...members },
  'POST /tandems/:id/aufgaben/:todoId/loeschen': { url: `${tandem}/aufgaben/${id}/loeschen`, ...members },
  'GET /kalender': signedIn,
  'POST /kalender/erneuern': signedIn,
  'GET /kalender/:token': { url: '/kalender/unbekannt.ics', ...everyone },
};
