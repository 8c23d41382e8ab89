import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';
import type { Rules } from './rule.ts';

/** The coordination area as a whole: its landing page and sub-navigation. */
export const coordinationRules = {
  /** /koordination: coordinators of any programme, and admins (who reach the Verwaltung pages from it). */
  'coordination.view': (actor: Actor) => actor.kind === 'admin' || coordinates(actor),
} satisfies Rules;
