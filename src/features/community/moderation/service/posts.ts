import { and, eq } from 'drizzle-orm';
import {
  communityPosts,
  communityRevisions,
  communityThreads,
  communityThreadTopics,
} from '../../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../../mail/with-mails.ts';
import type { WriteContext } from '../../service/context.ts';
import { announceAnswer, announceComment, indexAnswer } from '../../service/posts.ts';
import { announceThread, indexThread } from '../../service/threads.ts';
import { type ModeratedPost, moderate, setPostState } from './moderate.ts';

/** Hides a post (an opening post: its thread) from everyone but the moderators, and from the search. */
export const hidePost = (deps: ServiceDeps, target: ModeratedPost, note: string) =>
  moderate(
    deps,
    target,
    { audit: 'community_post_hidden', told: 'moderation_hidden', note, resolution: 'hidden' },
    (tx) => setPostState(tx, target.post, 'hidden'),
  );

/** Shows a hidden post again, and finds it in the search again. */
export const restorePost = (deps: ServiceDeps, target: ModeratedPost) =>
  moderate(deps, target, { audit: 'community_post_restored', told: 'moderation_restored' }, (tx) =>
    setPostState(tx, target.post, 'visible'),
  );

/** Keeps a reported post as it is: its open reports are done. */
export const keepPost = (deps: ServiceDeps, target: ModeratedPost) =>
  moderate(deps, target, { audit: 'community_report_kept', resolution: 'kept' }, async () => {});

/** A moderator's edit: the text before kept as a revision with the note, "bearbeitet" shown, author told. */
export const editAsModerator = (deps: ServiceDeps, target: ModeratedPost, body: string, note: string) =>
  moderate(
    deps,
    target,
    { audit: 'community_post_edited', told: 'moderation_edited', note, resolution: 'edited' },
    async (tx, _mail, now) => {
      const { post, found } = target;
      await tx.insert(communityRevisions).values({
        postId: post.id,
        title: post.opening ? found.thread.title : null,
        body: post.body,
        editorId: found.member.actor.userId,
        note,
        createdAt: now,
      });
      await tx.update(communityPosts).set({ body, editedAt: now }).where(eq(communityPosts.id, post.id));
      if (post.opening) await indexThread(tx, post.threadId, now);
      else if (post.parentId === null) await indexAnswer(tx, found, { ...post, body }, now);
    },
  );

/**
 * Approves a post that waited: visible and found from now on, and only now are the asker,
 * followers, experts and those mentioned told of it, as they would have been at once.
 */
export const approvePost = (deps: ServiceDeps, target: ModeratedPost) =>
  moderate(
    deps,
    target,
    { audit: 'community_post_approved', told: 'moderation_approved' },
    async (tx, mail, now) => {
      const { post, found } = target;
      await setPostState(tx, post, 'visible');
      if (!post.authorId) return;
      const ctx: WriteContext = {
        tx,
        mail,
        deps,
        space: found.space,
        threadId: post.threadId,
        postId: post.id,
        actorId: post.authorId,
        now,
      };
      if (post.opening) {
        const topics = await tx
          .select({ id: communityThreadTopics.topicId })
          .from(communityThreadTopics)
          .where(eq(communityThreadTopics.threadId, post.threadId));
        await announceThread(
          ctx,
          found.thread.kind,
          topics.map((tp) => tp.id),
          post.body,
        );
      } else if (post.parentId === null) {
        await announceAnswer(ctx, found.thread.authorId, post.body);
      } else {
        const [parent] = await tx
          .select({ authorId: communityPosts.authorId })
          .from(communityPosts)
          .where(and(eq(communityPosts.id, post.parentId), eq(communityPosts.threadId, post.threadId)));
        await announceComment(ctx, parent?.authorId ?? null, post.body);
      }
      await tx
        .update(communityThreads)
        .set({ lastActivityAt: now })
        .where(eq(communityThreads.id, post.threadId));
    },
  );

/** Does not publish a post that waited: hidden, the author told why. */
export const rejectPost = (deps: ServiceDeps, target: ModeratedPost, note: string) =>
  moderate(
    deps,
    target,
    { audit: 'community_post_rejected', told: 'moderation_rejected', note, resolution: 'hidden' },
    (tx) => setPostState(tx, target.post, 'hidden'),
  );
