import type { ActorKind } from '../../src/policy/index.ts';
import type { Outcome, Row } from './outcomes.ts';

/** The programmes' coordinators only (the test admin coordinates nothing). */
const coordinatorsOnly: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'deny',
};

export const tandemAttentionRows: Record<string, Row> = {
  'GET /koordination/tandems': coordinatorsOnly,
  'POST /koordination/tandems/:id/fall': {
    url: '/koordination/tandems/00000000-0000-0000-0000-000000000000/fall',
    ...coordinatorsOnly,
  },
};
