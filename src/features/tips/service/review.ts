import { eq } from 'drizzle-orm';
import type { TipInSpace } from '../../../access/index.ts';
import { communityTips } from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { type NotificationKind, notify } from '../../notifications/index.ts';
import { indexTip } from './indexing.ts';
import { lockTip } from './tips.ts';

export type Decision = 'publish' | 'return' | 'reject';

const STATE = { publish: 'published', return: 'returned', reject: 'rejected' } as const;
const TOLD: Record<Decision, NotificationKind> = {
  publish: 'tip_published',
  return: 'tip_returned',
  reject: 'tip_rejected',
};

/**
 * A moderator of the tip's space decides on a submitted tip: publish it (it is found from now on),
 * send it back with a note, or reject it with a note. The author is told, with the note.
 */
export async function reviewTip(
  deps: ServiceDeps,
  found: TipInSpace,
  decision: Decision,
  note: string,
): Promise<Result<undefined, 'state'>> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const current = await lockTip(tx, found.tip.id);
    if (!found.reviews || current.state !== 'submitted') {
      return refused('state', { name: 'entscheidung', message: 'tips.error.review.state' });
    }
    const reviewer = found.member.actor.userId;
    await tx
      .update(communityTips)
      .set({
        state: STATE[decision],
        reviewNote: note,
        reviewedBy: reviewer,
        reviewedAt: now,
        ...(decision === 'publish' ? { publishedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(communityTips.id, found.tip.id));
    await indexTip(tx, found.tip.id, now);
    if (current.authorId) {
      await notify(
        tx,
        [{ userId: current.authorId, kind: TOLD[decision], tipId: found.tip.id, actorId: reviewer, note }],
        { deps, mail },
      );
    }
    return ok();
  });
}
