import { type Row, signedIn } from './outcomes.ts';

const id = '00000000-0000-0000-0000-000000000000';

/**
 * Matching proposals: any signed-in person passes the guard; the handler then shows only the
 * actor's own proposals, so an unknown (or someone else's) id is a 404 for everyone.
 */
export const proposalRows: Record<string, Row> = {
  'GET /vorschlaege': signedIn,
  'GET /vorschlaege/:id': { url: `/vorschlaege/${id}`, ...signedIn },
  'POST /vorschlaege/:id/annehmen': { url: `/vorschlaege/${id}/annehmen`, ...signedIn },
  'POST /vorschlaege/:id/ablehnen': { url: `/vorschlaege/${id}/ablehnen`, ...signedIn },
};
