import type { ActorKind } from '../../src/policy/index.ts';
import type { Outcome, Row } from './outcomes.ts';

/** The coordination area's landing page: coordinators, and admins (who find the Verwaltung pages there). */
const coordinatorsAndAdmins: Record<ActorKind, Outcome> = {
  anonymous: 'login',
  participant: 'deny',
  coordinator: 'allow',
  admin: 'allow',
};

export const coordinationRows: Record<string, Row> = {
  'GET /koordination': coordinatorsAndAdmins,
};
