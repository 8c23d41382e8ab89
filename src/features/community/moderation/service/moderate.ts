import { and, eq, isNull } from 'drizzle-orm';
import type { ThreadInSpace } from '../../../../access/index.ts';
import type { Tx } from '../../../../db/client.ts';
import {
  communityPosts,
  communityReports,
  communityThreads,
  type ReportResolution,
} from '../../../../db/schema/index.ts';
import { type QueueMail, type ServiceDeps, withMails } from '../../../../mail/with-mails.ts';
import { type AuditKind, recordAudit } from '../../../../platform/audit.ts';
import { type NotificationKind, notify } from '../../../notifications/index.ts';
import { setSearchVisible } from '../../search/indexing.ts';
import type { Post } from '../../service/posts.ts';

/** A post as a moderator of its space meets it (the route checked `found.space.moderated`). */
export interface ModeratedPost {
  found: ThreadInSpace;
  post: Post;
}

export interface Step {
  audit: AuditKind;
  /** What the author is told; nothing for keeping a reported post. */
  told?: NotificationKind;
  note?: string;
  /** Resolves the post's open reports so. */
  resolution?: ReportResolution;
  details?: Record<string, unknown>;
  /** A notification about the thread rather than one post (lock, move). */
  aboutThread?: boolean;
}

/**
 * One moderation action in one transaction: the change, the post's open reports resolved, an
 * audit row (who, what, which post and thread, the note) and the author told with the note.
 */
export function moderate(
  deps: ServiceDeps,
  target: ModeratedPost,
  step: Step,
  change: (tx: Tx, mail: QueueMail, now: Date) => Promise<void>,
) {
  const now = deps.clock();
  const actorId = target.found.member.actor.userId;
  const { post } = target;
  const threadId = target.found.thread.id;
  const authorId = step.aboutThread ? target.found.thread.authorId : post.authorId;
  const note = step.note ?? '';
  return withMails(deps, async (tx, mail) => {
    await change(tx, mail, now);
    if (step.resolution) {
      await tx
        .update(communityReports)
        .set({ resolvedAt: now, resolvedBy: actorId, resolution: step.resolution })
        .where(and(eq(communityReports.postId, post.id), isNull(communityReports.resolvedAt)));
    }
    await recordAudit(tx, {
      kind: step.audit,
      actorId,
      userId: authorId,
      details: { postId: post.id, threadId, note, ...step.details },
      at: now,
    });
    if (step.told && authorId) {
      await notify(
        tx,
        [
          {
            userId: authorId,
            kind: step.told,
            threadId,
            ...(step.aboutThread ? {} : { postId: post.id }),
            actorId,
            note,
          },
        ],
        { deps, mail },
      );
    }
  });
}

/** The thread's search entries after its state changed: the thread's, and each answer's under it. */
export async function refreshThreadSearch(tx: Tx, threadId: string, threadVisible: boolean) {
  await setSearchVisible(tx, threadId, threadVisible);
  const answers = await tx
    .select({ id: communityPosts.id, state: communityPosts.state })
    .from(communityPosts)
    .where(
      and(
        eq(communityPosts.threadId, threadId),
        eq(communityPosts.opening, false),
        isNull(communityPosts.parentId),
      ),
    );
  for (const a of answers) await setSearchVisible(tx, a.id, threadVisible && a.state === 'visible');
}

/** Sets a post's state; an opening post stands for its thread, whose state follows. */
export async function setPostState(tx: Tx, post: Post, state: Post['state']) {
  await tx.update(communityPosts).set({ state }).where(eq(communityPosts.id, post.id));
  if (post.opening) {
    await tx.update(communityThreads).set({ state }).where(eq(communityThreads.id, post.threadId));
    await refreshThreadSearch(tx, post.threadId, state === 'visible');
  } else if (post.parentId === null) {
    const [thread] = await tx
      .select({ state: communityThreads.state })
      .from(communityThreads)
      .where(eq(communityThreads.id, post.threadId));
    await setSearchVisible(tx, post.id, state === 'visible' && thread?.state === 'visible');
  }
}
