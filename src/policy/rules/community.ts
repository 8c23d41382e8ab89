import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';
import type { Rules } from './rule.ts';

/** A space of the community area: a programme's, or the shared space of all (null). */
export interface CommunitySpace {
  programmeId: string | null;
}

/**
 * Austausch und Wissen. Who may enter at all depends on data (an accepted participation), which the
 * access layer checks (`requireCommunityMember`); the rules here answer the role questions.
 */
export const communityRules = {
  /** The area's pages: any signed-in person; the access layer turns away those not yet accepted. */
  'community.view': (actor: Actor) => actor.kind !== 'anonymous',
  /**
   * Moderating a space: admins everywhere, a programme's coordinators its space, and any
   * coordinator the shared space.
   */
  'community.moderate': (actor: Actor, space?: CommunitySpace) =>
    actor.kind === 'admin' ||
    (space === undefined || space.programmeId === null
      ? coordinates(actor)
      : coordinates(actor, { programmeId: space.programmeId })),
} satisfies Rules;
