import { type Actor, requiresMfa } from './actor.ts';
import { communityRules } from './rules/community.ts';
import { coordinationRules } from './rules/coordination.ts';
import { libraryRules } from './rules/library.ts';
import { matchingRules } from './rules/matching.ts';
import { platformRules } from './rules/platform.ts';
import { programmeRules } from './rules/programmes.ts';
import { proposalRules } from './rules/proposals.ts';
import { tandemRules } from './rules/tandems.ts';

export type { Actor, ActorKind, SignedInActor } from './actor.ts';
export { anonymous, isSignedIn } from './actor.ts';

const rules = {
  ...platformRules,
  ...programmeRules,
  ...matchingRules,
  ...proposalRules,
  ...tandemRules,
  ...coordinationRules,
  ...communityRules,
  ...libraryRules,
};

export type Action = keyof typeof rules;

/** The resource an action is asked about: `can(actor, 'tandems.member', tandem)` takes a tandem's members. */
export type ResourceOf<A extends Action> = Parameters<(typeof rules)[A]>[1];

export type { CommunitySpace } from './rules/community.ts';
export type { LibraryScope } from './rules/library.ts';
export type { ProgrammeScoped } from './rules/programmes.ts';
export type { ProposalParties } from './rules/proposals.ts';
export type { TandemMembers } from './rules/tandems.ts';

/** Actions a coordinator or admin may take before enrolling the second factor. */
const allowedBeforeMfa: ReadonlySet<Action> = new Set(['public.view', 'session.end', 'account.manage']);

/** Deny by default: an unknown action, or a rule that throws, is a denial. */
export function can<A extends Action>(actor: Actor, action: A, resource?: ResourceOf<A>): boolean {
  const rule = rules[action] as ((a: Actor, r?: unknown) => boolean) | undefined;
  if (!rule) return false;
  if (
    actor.kind !== 'anonymous' &&
    requiresMfa(actor) &&
    !actor.mfaEnrolled &&
    !allowedBeforeMfa.has(action)
  ) {
    return false;
  }
  try {
    return rule(actor, resource) === true;
  } catch {
    return false;
  }
}

export const isAction = (value: unknown): value is Action => typeof value === 'string' && value in rules;
