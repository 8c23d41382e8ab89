import { and, eq } from 'drizzle-orm';
import type { TipInSpace } from '../../../access/index.ts';
import { communityTipHelpful } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';

/** Marks a published tip "hilfreich" for the actor, or takes the mark back; one mark per person. */
export async function setHelpful(
  deps: ServiceDeps,
  found: TipInSpace,
  helpful: boolean,
): Promise<Result<undefined, 'state'>> {
  if (found.tip.state !== 'published') return refused('state');
  const userId = found.member.actor.userId;
  await deps.database.db.transaction(async (tx) => {
    if (helpful) {
      await tx
        .insert(communityTipHelpful)
        .values({ tipId: found.tip.id, userId, createdAt: deps.clock() })
        .onConflictDoNothing();
    } else {
      await tx
        .delete(communityTipHelpful)
        .where(and(eq(communityTipHelpful.tipId, found.tip.id), eq(communityTipHelpful.userId, userId)));
    }
  });
  return ok();
}
