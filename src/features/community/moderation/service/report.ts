import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { ThreadInSpace } from '../../../../access/index.ts';
import { communityReports, type ReportReason } from '../../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../../mail/with-mails.ts';
import { limits } from '../../../../platform/rate-limit.ts';
import { ok, type Result, refused } from '../../../../platform/result.ts';

export interface ReportInput {
  reason: ReportReason;
  note: string;
}

/**
 * Reports a post to the space's moderators. A second report of the same post by the same person
 * while the first is open updates it (one open report each). At most `limits.reporting` reports a
 * person and window: more are refused with a German message next to the reason.
 */
export async function reportPost(
  deps: ServiceDeps,
  found: ThreadInSpace,
  postId: string,
  input: ReportInput,
): Promise<Result<undefined, 'tooMany'>> {
  const now = deps.clock();
  const reporterId = found.member.actor.userId;
  return deps.database.db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: communityReports.id })
      .from(communityReports)
      .where(
        and(
          eq(communityReports.postId, postId),
          eq(communityReports.reporterId, reporterId),
          isNull(communityReports.resolvedAt),
        ),
      );
    if (open) {
      await tx
        .update(communityReports)
        .set({ reason: input.reason, note: input.note })
        .where(eq(communityReports.id, open.id));
      return ok();
    }
    const since = new Date(now.getTime() - limits.reporting.timeWindow);
    const [recent] = await tx
      .select({ n: count() })
      .from(communityReports)
      .where(and(eq(communityReports.reporterId, reporterId), gt(communityReports.createdAt, since)));
    if ((recent?.n ?? 0) >= limits.reporting.max) {
      return refused('tooMany', { name: 'grund', message: 'moderation.report.error.tooMany' });
    }
    await tx.insert(communityReports).values({
      postId,
      reporterId,
      reason: input.reason,
      note: input.note,
      createdAt: now,
    });
    return ok();
  });
}
