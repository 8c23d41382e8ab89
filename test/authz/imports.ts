import type { ActorKind } from '../../src/policy/index.ts';
import { everyone, type Outcome, type Row } from './outcomes.ts';

/** The programme's coordinators only; admins import where they also coordinate. */
const coordinators: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

/** An upload token that does not exist: the guard lets coordinators through, the handler answers 404. */
const upload = '/koordination/import/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Authorization-matrix rows for the imports feature's routes. */
export const importRows: Record<string, Row> = {
  'GET /koordination/import': coordinators,
  'POST /koordination/import': coordinators,
  'GET /koordination/import/:token/zuordnung': { url: `${upload}/zuordnung`, ...coordinators },
  'POST /koordination/import/:token/zuordnung': { url: `${upload}/zuordnung`, ...coordinators },
  'GET /koordination/import/:token/pruefung': { url: `${upload}/pruefung`, ...coordinators },
  'POST /koordination/import/:token/import': { url: `${upload}/import`, ...coordinators },
  'GET /koordination/import/:token/ergebnis': { url: `${upload}/ergebnis`, ...coordinators },
  // Invited people are not signed in; anyone holding a link may use it.
  'GET /einladung': everyone,
  'POST /einladung': everyone,
};
