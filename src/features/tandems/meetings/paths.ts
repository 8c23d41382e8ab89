import { tandemPath } from '../paths.ts';

/** /tandems/:id/treffen/:meetingId[/rest] */
export const meetingPath = (tandemId: string, meetingId: string, rest = '') =>
  tandemPath(tandemId, `treffen/${meetingId}${rest ? `/${rest}` : ''}`);
