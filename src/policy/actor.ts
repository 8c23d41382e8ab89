export type ActorKind = 'anonymous' | 'participant' | 'coordinator' | 'admin';

export type Actor =
  | { kind: 'anonymous'; pendingMfaUserId?: string }
  | {
      kind: 'participant' | 'coordinator' | 'admin';
      userId: string;
      /** Programmes this person coordinates (empty for participants). */
      programmeIds: readonly string[];
      /** Coordinators and admins must enrol a second factor before they may do anything else. */
      mfaEnrolled: boolean;
    };

export type SignedInActor = Extract<Actor, { userId: string }>;

export const anonymous: Actor = { kind: 'anonymous' };

export const isSignedIn = (actor: Actor): actor is SignedInActor => actor.kind !== 'anonymous';

export const requiresMfa = (actor: Actor) => actor.kind === 'coordinator' || actor.kind === 'admin';
