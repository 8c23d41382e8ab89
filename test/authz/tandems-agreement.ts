import { members, type Row } from './outcomes.ts';

const tandem = '/tandems/00000000-0000-0000-0000-000000000000';

/** The kick-off and the agreement: the two members only (404 for everyone else). */
export const tandemAgreementRows: Record<string, Row> = {
  'GET /tandems/:id/kickoff': { url: `${tandem}/kickoff`, ...members },
  'POST /tandems/:id/kickoff': { url: `${tandem}/kickoff`, ...members },
  'POST /tandems/:id/kickoff/teilen': { url: `${tandem}/kickoff/teilen`, ...members },
  'GET /tandems/:id/vereinbarung': { url: `${tandem}/vereinbarung`, ...members },
  'POST /tandems/:id/vereinbarung': { url: `${tandem}/vereinbarung`, ...members },
  'POST /tandems/:id/vereinbarung/bestaetigung': { url: `${tandem}/vereinbarung/bestaetigung`, ...members },
  'GET /tandems/:id/vereinbarung/verlauf': { url: `${tandem}/vereinbarung/verlauf`, ...members },
};
