import type { Row } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/**
 * Praxistipps, behind the community area's door: the matrix's participant has no accepted
 * participation and gets the friendly 403; coordinators and admins get in (an unknown tip is a 404).
 * Who reads which tip in which state is in src/features/tips/tips.test.ts.
 */
const door: Row = { anonymous: 'login', participant: 'deny', coordinator: 'allow', admin: 'allow' };
const tip = `/austausch/praxistipps/${nobody}`;

export const tipRows: Record<string, Row> = {
  'GET /austausch/praxistipps': door,
  'GET /austausch/praxistipps/meine': door,
  'GET /austausch/praxistipps/pruefung': door,
  'GET /austausch/praxistipps/neu': door,
  'GET /austausch/praxistipps/neu/:space': {
    url: '/austausch/praxistipps/neu/programmuebergreifend',
    ...door,
  },
  'POST /austausch/praxistipps/neu/:space': {
    url: '/austausch/praxistipps/neu/programmuebergreifend',
    ...door,
  },
  'GET /austausch/praxistipps/:id': { url: tip, ...door },
  'GET /austausch/praxistipps/:id/bearbeiten': { url: `${tip}/bearbeiten`, ...door },
  'POST /austausch/praxistipps/:id/bearbeiten': { url: `${tip}/bearbeiten`, ...door },
  'POST /austausch/praxistipps/:id/einreichen': { url: `${tip}/einreichen`, ...door },
  'POST /austausch/praxistipps/:id/zurueckziehen': { url: `${tip}/zurueckziehen`, ...door },
  'POST /austausch/praxistipps/:id/pruefung': { url: `${tip}/pruefung`, ...door },
  'POST /austausch/praxistipps/:id/hilfreich': { url: `${tip}/hilfreich`, ...door },
  'POST /austausch/praxistipps/:id/anhaenge': { url: `${tip}/anhaenge`, ...door },
  'GET /austausch/praxistipps/:id/anhaenge/:fileId': { url: `${tip}/anhaenge/${nobody}`, ...door },
  'POST /austausch/praxistipps/:id/anhaenge/:fileId/entfernen': {
    url: `${tip}/anhaenge/${nobody}/entfernen`,
    ...door,
  },
  'POST /austausch/fragen/:id/praxistipp': { url: `/austausch/fragen/${nobody}/praxistipp`, ...door },
};
