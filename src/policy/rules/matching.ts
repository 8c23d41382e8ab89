import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';

/** Matching: suggestions and rounds are the programme's coordinators' work only. */
export const matchingRules = {
  'matching.manage': coordinates,
  /**
   * A programme's weights and proposal deadlines: programme settings, so admins too (as for the
   * programme's data), and the programme's coordinators.
   */
  'matching.weights': (actor: Actor, resource?: unknown) =>
    actor.kind === 'admin' || coordinates(actor, resource),
} satisfies Record<string, (actor: Actor, resource?: unknown) => boolean>;
