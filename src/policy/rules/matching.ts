import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';

/** Matching: suggestions, weights and rounds are the programme's coordinators' work only. */
export const matchingRules = {
  'matching.manage': coordinates,
} satisfies Record<string, (actor: Actor, resource?: unknown) => boolean>;
