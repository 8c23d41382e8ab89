import { and, count, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../db/client.ts';
import { communityPosts, participations, programmes } from '../../../../db/schema/index.ts';
import type { SignedInActor } from '../../../../policy/index.ts';

/** How many approved posts an account needs before its posts go straight through (as Discourse does). */
export const APPROVED_POSTS_NEEDED = 2;

/**
 * Whether a new post waits for a moderator: a participant with fewer than two approved (visible)
 * posts, writing in a space whose programme asks for approval; in the shared space, when any of
 * their accepted programmes does. Coordinators and admins are never held.
 */
export async function heldForApproval(tx: Tx, actor: SignedInActor, programmeId: string | null) {
  if (actor.kind !== 'participant') return false;
  const [approved] = await tx
    .select({ n: count() })
    .from(communityPosts)
    .where(and(eq(communityPosts.authorId, actor.userId), eq(communityPosts.state, 'visible')));
  if ((approved?.n ?? 0) >= APPROVED_POSTS_NEEDED) return false;
  const theirs = tx
    .select({ id: participations.programmeId })
    .from(participations)
    .where(and(eq(participations.userId, actor.userId), eq(participations.status, 'accepted')));
  const asking = await tx
    .select({ id: programmes.id })
    .from(programmes)
    .where(
      and(
        eq(programmes.communityApproval, true),
        programmeId === null ? inArray(programmes.id, theirs) : eq(programmes.id, programmeId),
      ),
    )
    .limit(1);
  return asking.length > 0;
}
