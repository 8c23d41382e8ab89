import type { Row } from './outcomes.ts';

const nobody = '00000000-0000-0000-0000-000000000000';

/**
 * The methods library and the mentor training. The matrix's participant has no accepted
 * participation, so the community area's door turns them away with its friendly 403; curating is
 * for coordinators and admins only (the guard's 403 for participants). Unknown ids are a 404.
 * The seven kinds of the library's own rules are in src/features/library/access.test.ts.
 */
const door: Row = { anonymous: 'login', participant: 'deny', coordinator: 'allow', admin: 'allow' };
const curate: Row = door;
const item = `/austausch/methoden/${nobody}`;
const module = `/austausch/methoden/schulung/${nobody}`;

export const libraryRows: Record<string, Row> = {
  'GET /austausch/methoden': door,
  'GET /austausch/methoden/neu': curate,
  'POST /austausch/methoden/neu': curate,
  'GET /austausch/methoden/:id': { url: item, ...door },
  'GET /austausch/methoden/:id/datei': { url: `${item}/datei`, ...door },
  'GET /austausch/methoden/:id/bearbeiten': { url: `${item}/bearbeiten`, ...curate },
  'POST /austausch/methoden/:id/bearbeiten': { url: `${item}/bearbeiten`, ...curate },
  'POST /austausch/methoden/:id/loeschen': { url: `${item}/loeschen`, ...curate },
  'GET /austausch/methoden/schulung': door,
  'GET /austausch/methoden/schulung/neu': curate,
  'POST /austausch/methoden/schulung/neu': curate,
  'GET /austausch/methoden/schulung/:id': { url: module, ...door },
  'GET /austausch/methoden/schulung/:id/bearbeiten': { url: `${module}/bearbeiten`, ...curate },
  'POST /austausch/methoden/schulung/:id/bearbeiten': { url: `${module}/bearbeiten`, ...curate },
  'POST /austausch/methoden/schulung/:id/abschliessen': { url: `${module}/abschliessen`, ...door },
  'POST /austausch/methoden/schulung/:id/reihenfolge': { url: `${module}/reihenfolge`, ...curate },
  'POST /austausch/methoden/schulung/:id/veroeffentlichen': { url: `${module}/veroeffentlichen`, ...curate },
  'POST /austausch/methoden/schulung/:id/loeschen': { url: `${module}/loeschen`, ...curate },
};
