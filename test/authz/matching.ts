import type { ActorKind } from '../../src/policy/index.ts';
import type { Outcome, Row } from './outcomes.ts';

/**
 * Matching: the programme's coordinators only. The test coordinator coordinates klimaschutz; the
 * test admin coordinates nothing and is refused like a participant. Unknown rounds and mentees
 * answer 404 behind the guard (allowed through). Weights and deadlines are programme settings:
 * admins may change them too.
 */
const coordinatorsOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

const coordinatorsAndAdmins: Record<ActorKind, Outcome> = { ...coordinatorsOnly, admin: 'allow' };

const id = '00000000-0000-0000-0000-000000000000';
const programme = '/koordination/matching/klimaschutz';

/** Authorization-matrix rows for the matching feature's routes. */
export const matchingRows: Record<string, Row> = {
  'GET /koordination/matching': coordinatorsOnly,
  'GET /koordination/matching/:programm': { url: programme, ...coordinatorsOnly },
  'GET /koordination/matching/:programm/mentees/:id': {
    url: `${programme}/mentees/${id}`,
    ...coordinatorsOnly,
  },
  'POST /koordination/matching/:programm/mentees/:id/vorschlag': {
    url: `${programme}/mentees/${id}/vorschlag`,
    ...coordinatorsOnly,
  },
  'GET /koordination/matching/:programm/einstellungen': {
    url: `${programme}/einstellungen`,
    ...coordinatorsAndAdmins,
  },
  'POST /koordination/matching/:programm/einstellungen': {
    url: `${programme}/einstellungen`,
    ...coordinatorsAndAdmins,
  },
  'POST /koordination/matching/:programm/runden': { url: `${programme}/runden`, ...coordinatorsOnly },
  'GET /koordination/matching/:programm/runden/:id': {
    url: `${programme}/runden/${id}`,
    ...coordinatorsOnly,
  },
  'POST /koordination/matching/:programm/runden/:id/neu-berechnen': {
    url: `${programme}/runden/${id}/neu-berechnen`,
    ...coordinatorsOnly,
  },
  'POST /koordination/matching/:programm/runden/:id/veroeffentlichen': {
    url: `${programme}/runden/${id}/veroeffentlichen`,
    ...coordinatorsOnly,
  },
  'POST /koordination/matching/:programm/runden/:id/verwerfen': {
    url: `${programme}/runden/${id}/verwerfen`,
    ...coordinatorsOnly,
  },
};
