import type { Actor } from '../actor.ts';
import type { Rules } from './rule.ts';

/** A programme-scoped resource: anything that belongs to one programme. */
export interface ProgrammeScoped {
  programmeId: string;
}

export const coordinates = (actor: Actor, resource?: ProgrammeScoped) =>
  actor.kind !== 'anonymous' &&
  actor.programmeIds.length > 0 &&
  (resource === undefined || actor.programmeIds.includes(resource.programmeId));

/**
 * Registration, intake, programme data and imports. Without a resource a rule answers "may this actor
 * use the screen at all"; with one, "this programme's record".
 */
export const programmeRules = {
  /** Own profile and participations. */
  'profile.manage': (actor: Actor) => actor.kind !== 'anonymous',
  /** The intake pipeline: only the programme's coordinators (admins only where they coordinate). */
  'intake.manage': coordinates,
  /** Importing a programme's existing mentor/mentee spreadsheet. */
  'import.run': coordinates,
  /** Programme texts, registration open/closed, funding options, coordinators: admins. */
  'programmes.edit': (actor: Actor) => actor.kind === 'admin',
  /** The topic list: admins, and the programme's coordinators. */
  'programmes.topics': (actor: Actor, resource?: ProgrammeScoped) =>
    actor.kind === 'admin' || coordinates(actor, resource),
} satisfies Rules;
