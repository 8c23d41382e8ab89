import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';
import type { Rules } from './rule.ts';

/** The two members of a tandem, by user id. */
export interface TandemMembers {
  menteeUserId: string;
  mentorUserId: string;
}

const isMember = (actor: Actor, resource: TandemMembers) =>
  actor.kind !== 'anonymous' &&
  (resource.menteeUserId === actor.userId || resource.mentorUserId === actor.userId);

/**
 * The tandem workspace. Its contents are for the two members only: no coordinator or admin rule
 * reaches them. Coordinators see tandems through 'tandems.coordinate' (status, dates, counts).
 */
export const tandemRules = {
  /** Without a resource: may have tandems at all; with one: is one of its two members. */
  'tandems.member': (actor: Actor, resource?: TandemMembers) =>
    actor.kind !== 'anonymous' && (resource === undefined || isMember(actor, resource)),
  /** Logging mentoring time and the proof: any signed-in person (entries are their own). */
  'time.log': (actor: Actor) => actor.kind !== 'anonymous',
  /** Tandem overview without contents, attention list, support cases, time totals, feedback figures. */
  'tandems.coordinate': coordinates,
} satisfies Rules;
