import type { ActorKind } from '../../src/policy/index.ts';
import { members, type Outcome, type Row } from './outcomes.ts';

const id = '00000000-0000-0000-0000-000000000000';
const tandem = `/tandems/${id}`;

/** The programmes' coordinators only (the test admin coordinates nothing); unknown cases are 404s. */
const coordinatorsOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

/** Support, ending and feedback: members for the tandem's pages, coordinators for their views. */
export const tandemHelpRows: Record<string, Row> = {
  'GET /tandems/:id/unterstuetzung': { url: `${tandem}/unterstuetzung`, ...members },
  'POST /tandems/:id/unterstuetzung': { url: `${tandem}/unterstuetzung`, ...members },
  'GET /tandems/:id/ende': { url: `${tandem}/ende`, ...members },
  'POST /tandems/:id/ende': { url: `${tandem}/ende`, ...members },
  'GET /tandems/:id/rueckmeldung': { url: `${tandem}/rueckmeldung`, ...members },
  'POST /tandems/:id/rueckmeldung': { url: `${tandem}/rueckmeldung`, ...members },
  'GET /koordination/unterstuetzung': coordinatorsOnly,
  'GET /koordination/unterstuetzung/:caseId': {
    url: `/koordination/unterstuetzung/${id}`,
    ...coordinatorsOnly,
  },
  'POST /koordination/unterstuetzung/:caseId/notizen': {
    url: `/koordination/unterstuetzung/${id}/notizen`,
    ...coordinatorsOnly,
  },
  'POST /koordination/unterstuetzung/:caseId/ergebnis': {
    url: `/koordination/unterstuetzung/${id}/ergebnis`,
    ...coordinatorsOnly,
  },
  'GET /koordination/rueckmeldungen': coordinatorsOnly,
  'GET /koordination/tandems/:id/ende': { url: `/koordination/tandems/${id}/ende`, ...coordinatorsOnly },
};
