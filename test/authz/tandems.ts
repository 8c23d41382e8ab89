import { members, type Row, signedIn } from './outcomes.ts';

const id = '00000000-0000-0000-0000-000000000000';
const tandem = `/tandems/${id}`;

/**
 * The tandem workspace: the guard lets any signed-in person through and hides the contents from
 * anonymous visitors with a 404; the handler then shows a tandem to its two members only, so an
 * unknown (or someone else's) id is a 404 for everyone (see the confidentiality test).
 */
export const tandemRows: Record<string, Row> = {
  'GET /tandems': signedIn,
  'GET /tandems/:id': { url: tandem, ...members },
};
