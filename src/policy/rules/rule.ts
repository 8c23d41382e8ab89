import type { Actor } from '../actor.ts';

/**
 * A rule answers one action. Its second parameter is the action's resource type: the thing the
 * access layer loaded (a tandem's members, a programme-scoped record); rules without one are
 * about a screen as a whole.
 */
export type Rules = Record<string, (actor: Actor, resource?: never) => boolean>;
