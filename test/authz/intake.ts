import type { ActorKind } from '../../src/policy/index.ts';
import type { Outcome, Row } from './outcomes.ts';

/**
 * The intake pipeline: coordinators of a programme only. The test admin coordinates no programme,
 * so it is refused like a participant; a coordinator asking for an unknown id gets 404 (allowed
 * through the guard).
 */
const coordinatorsOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

const id = '00000000-0000-0000-0000-000000000000';

/** Authorization-matrix rows for the intake feature's routes. */
export const intakeRows: Record<string, Row> = {
  'GET /koordination/anmeldungen': coordinatorsOnly,
  'POST /koordination/anmeldungen/sammelaktion': coordinatorsOnly,
  'GET /koordination/anmeldungen/:id': { url: `/koordination/anmeldungen/${id}`, ...coordinatorsOnly },
  'POST /koordination/anmeldungen/:id/kennenlerngespraech': {
    url: `/koordination/anmeldungen/${id}/kennenlerngespraech`,
    ...coordinatorsOnly,
  },
  'POST /koordination/anmeldungen/:id/status': {
    url: `/koordination/anmeldungen/${id}/status`,
    ...coordinatorsOnly,
  },
  'POST /koordination/anmeldungen/:id/notizen': {
    url: `/koordination/anmeldungen/${id}/notizen`,
    ...coordinatorsOnly,
  },
  'POST /koordination/anmeldungen/:id/staerken': {
    url: `/koordination/anmeldungen/${id}/staerken`,
    ...coordinatorsOnly,
  },
  'POST /koordination/anmeldungen/:id/absage': {
    url: `/koordination/anmeldungen/${id}/absage`,
    ...coordinatorsOnly,
  },
};
