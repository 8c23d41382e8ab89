import type { MemberTandem } from '../../../access/index.ts';
import { tandemPath } from '../paths.ts';

/** /tandems/:id/treffen/:meetingId[/rest] */
export const meetingPath = (tandemId: string, meetingId: string, rest = '') =>
  tandemPath(tandemId, `treffen/${meetingId}${rest ? `/${rest}` : ''}`);

/** An ended tandem keeps its history readable, but nothing is planned, recorded or ticked off any more. */
export const isWritable = (tandem: MemberTandem) => tandem.tandem.status !== 'ended';
