import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Space } from '../../../../access/index.ts';
import {
  communityPosts,
  communityThreads,
  communityThreadTopics,
  topics,
} from '../../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../../mail/with-mails.ts';
import { indexAnswer } from '../../service/posts.ts';
import { indexThread } from '../../service/threads.ts';
import { type ModeratedPost, moderate } from './moderate.ts';

/** Closes a thread for answers and comments, or opens it again; the asker is told. */
export const setLocked = (deps: ServiceDeps, target: ModeratedPost, lock: boolean) =>
  moderate(
    deps,
    target,
    {
      audit: lock ? 'community_thread_locked' : 'community_thread_unlocked',
      told: lock ? 'moderation_locked' : 'moderation_unlocked',
      aboutThread: true,
    },
    async (tx, _mail, now) => {
      await tx
        .update(communityThreads)
        .set({ lockedAt: lock ? now : null })
        .where(eq(communityThreads.id, target.found.thread.id));
    },
  );

/**
 * Moves a thread into another space the moderator moderates. Into a programme's space, topics of
 * other programmes are dropped; the search entries follow the thread. The asker is told.
 */
export const moveThread = (deps: ServiceDeps, target: ModeratedPost, to: Space) =>
  moderate(
    deps,
    target,
    {
      audit: 'community_thread_moved',
      told: 'moderation_moved',
      aboutThread: true,
      details: { from: target.found.thread.programmeId, to: to.programmeId },
    },
    async (tx, _mail, now) => {
      const { thread } = target.found;
      await tx
        .update(communityThreads)
        .set({ programmeId: to.programmeId })
        .where(eq(communityThreads.id, thread.id));
      if (to.programmeId !== null) {
        const foreign = tx
          .select({ id: topics.id })
          .from(topics)
          .where(ne(topics.programmeId, to.programmeId));
        await tx
          .delete(communityThreadTopics)
          .where(
            and(
              eq(communityThreadTopics.threadId, thread.id),
              inArray(communityThreadTopics.topicId, foreign),
            ),
          );
      }
      await indexThread(tx, thread.id, now);
      const moved = { ...target.found, thread: { ...thread, programmeId: to.programmeId } };
      const answers = await tx
        .select()
        .from(communityPosts)
        .where(
          and(
            eq(communityPosts.threadId, thread.id),
            eq(communityPosts.opening, false),
            isNull(communityPosts.parentId),
          ),
        );
      for (const a of answers) await indexAnswer(tx, moved, a, now);
    },
  );
