import type { Actor } from '../actor.ts';
import { coordinates } from './programmes.ts';
import type { Rules } from './rule.ts';

/** What a material or training module of the methods library belongs to: a programme, or both (null). */
export interface LibraryScope {
  programmeId: string | null;
}

/**
 * The methods library (/austausch/methoden). Who may read it is the community area's door and the
 * item's programme and audience, which the access layer checks (`access/library.ts`); the rules
 * here answer the role questions.
 */
export const libraryRules = {
  /** Reading the library and the training modules, marking a module done. */
  'library.view': (actor: Actor) => actor.kind !== 'anonymous',
  /**
   * Curating materials and modules: admins everywhere, a programme's coordinators its own, and any
   * coordinator those for both programmes.
   */
  'library.curate': (actor: Actor, scope?: LibraryScope) =>
    actor.kind === 'admin' ||
    (scope === undefined || scope.programmeId === null
      ? coordinates(actor)
      : coordinates(actor, { programmeId: scope.programmeId })),
} satisfies Rules;
