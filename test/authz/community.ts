import type { Row } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/**
 * Austausch und Wissen. The matrix's participant has no accepted participation, so the area's door
 * turns them away with its friendly 403; coordinators and admins get in (an unknown thread is a 404).
 * The seven kinds of the community's own rules are in src/features/community/access.test.ts.
 */
const door: Row = { anonymous: 'login', participant: 'deny', coordinator: 'allow', admin: 'allow' };
const thread = `/austausch/fragen/${nobody}`;

export const communityRows: Record<string, Row> = {
  'GET /austausch': door,
  'GET /austausch/suche': door,
  'GET /austausch/bereiche/:space': { url: '/austausch/bereiche/programmuebergreifend', ...door },
  'GET /austausch/bereiche/:space/neu': { url: '/austausch/bereiche/programmuebergreifend/neu', ...door },
  'POST /austausch/bereiche/:space/neu': { url: '/austausch/bereiche/programmuebergreifend/neu', ...door },
  'GET /austausch/fragen/:id': { url: thread, ...door },
  'POST /austausch/fragen/:id/antworten': { url: `${thread}/antworten`, ...door },
  'POST /austausch/fragen/:id/kommentare': { url: `${thread}/kommentare`, ...door },
  'POST /austausch/fragen/:id/loesung': { url: `${thread}/loesung`, ...door },
  'POST /austausch/fragen/:id/folgen': { url: `${thread}/folgen`, ...door },
  'GET /austausch/fragen/:id/bearbeiten': { url: `${thread}/bearbeiten`, ...door },
  'POST /austausch/fragen/:id/bearbeiten': { url: `${thread}/bearbeiten`, ...door },
  'GET /austausch/fragen/:id/beitraege/:postId/bearbeiten': {
    url: `${thread}/beitraege/${nobody}/bearbeiten`,
    ...door,
  },
  'POST /austausch/fragen/:id/beitraege/:postId/bearbeiten': {
    url: `${thread}/beitraege/${nobody}/bearbeiten`,
    ...door,
  },
  'GET /austausch/fragen/:id/beitraege/:postId/verlauf': {
    url: `${thread}/beitraege/${nobody}/verlauf`,
    ...door,
  },
};
