import type { Actor } from '../actor.ts';
import type { Rules } from './rule.ts';

/** The two people of a proposal, by user id. */
export interface ProposalParties {
  menteeUserId: string;
  mentorUserId: string;
}

/**
 * Matching proposals as their two people see them. Without a resource: may this actor have
 * proposals at all (anyone signed in); with one: is it one of the actor's own. Coordinators read
 * proposals through the matching screens, never through these pages.
 */
export const proposalRules = {
  'proposals.respond': (actor: Actor, resource?: ProposalParties) =>
    actor.kind !== 'anonymous' &&
    (resource === undefined ||
      resource.menteeUserId === actor.userId ||
      resource.mentorUserId === actor.userId),
} satisfies Rules;
