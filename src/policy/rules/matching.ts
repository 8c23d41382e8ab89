import type { Actor } from '../actor.ts';
import { coordinates, type ProgrammeScoped } from './programmes.ts';
import type { Rules } from './rule.ts';

/** Matching: suggestions and rounds are the programme's coordinators' work only. */
export const matchingRules = {
  'matching.manage': coordinates,
  /**
   * A programme's weights and proposal deadlines: programme settings, so admins too (as for the
   * programme's data), and the programme's coordinators.
   */
  'matching.weights': (actor: Actor, resource?: ProgrammeScoped) =>
    actor.kind === 'admin' || coordinates(actor, resource),
} satisfies Rules;
