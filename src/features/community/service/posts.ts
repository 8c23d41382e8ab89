import { and, eq, isNull } from 'drizzle-orm';
import type { ThreadInSpace } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import {
  communityFollows,
  communityPosts,
  communityRevisions,
  communityThreads,
} from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { heldForApproval } from '../moderation/service/approval.ts';
import { moderatorEdited } from '../moderation/service/edits.ts';
import { indexDocument } from '../search/indexing.ts';
import { tell, type WriteContext } from './context.ts';
import { notifyMentions } from './mentions.ts';

export type Post = typeof communityPosts.$inferSelect;

const locked = refused('locked', { name: 'text', message: 'community.error.locked' });
const closed = refused('closed', { name: 'text', message: 'community.thread.notOpen' });

/** An answer's search entry: its own words, under its thread (and the thread's visibility). */
export async function indexAnswer(
  tx: Tx,
  found: ThreadInSpace,
  post: Pick<Post, 'id' | 'body' | 'state'>,
  at: Date,
) {
  await indexDocument(
    tx,
    {
      id: post.id,
      kind: 'answer',
      programmeId: found.thread.programmeId,
      threadId: found.thread.id,
      title: '',
      markdown: post.body,
      topicIds: [],
      visible: post.state === 'visible' && found.thread.state === 'visible',
    },
    at,
  );
}

/**
 * Why the thread takes no answers now, read in the write's transaction (it may have been locked,
 * hidden or still wait for approval): null when it is open.
 */
async function closedNow(tx: Tx, threadId: string) {
  const [now] = await tx
    .select({ lockedAt: communityThreads.lockedAt, state: communityThreads.state })
    .from(communityThreads)
    .where(eq(communityThreads.id, threadId));
  if (now?.lockedAt) return locked;
  return now?.state === 'visible' ? null : closed;
}

/** Tells the asker and the followers of a new answer, and those it mentions: at once, or once approved. */
export async function announceAnswer(ctx: WriteContext, askerId: string | null, body: string) {
  const followers = await ctx.tx
    .select({ userId: communityFollows.userId })
    .from(communityFollows)
    .where(eq(communityFollows.threadId, ctx.threadId));
  await tell(ctx, [
    ...(askerId ? [{ userId: askerId, kind: 'answer' as const }] : []),
    ...followers
      .filter((f) => f.userId !== askerId)
      .map((f) => ({ userId: f.userId, kind: 'followed' as const })),
  ]);
  await notifyMentions(ctx, body);
}

/** Tells the answer's author of a new comment, and those it mentions: at once, or once approved. */
export async function announceComment(ctx: WriteContext, answerAuthorId: string | null, body: string) {
  if (answerAuthorId) await tell(ctx, [{ userId: answerAuthorId, kind: 'comment' }]);
  await notifyMentions(ctx, body);
}

/**
 * An answer to a question (or a reply in a discussion): the author follows the thread from now on;
 * the asker and the followers hear of it (a new account's first posts: once a moderator approved
 * it). Refused while the thread is locked.
 */
export async function answer(
  deps: ServiceDeps,
  found: ThreadInSpace,
  body: string,
): Promise<Result<string, 'locked' | 'closed'>> {
  const now = deps.clock();
  const authorId = found.member.actor.userId;
  return withMails(deps, async (tx, mail) => {
    const refusal = await closedNow(tx, found.thread.id);
    if (refusal) return refusal;
    const held = await heldForApproval(tx, found.member.actor, found.thread.programmeId);
    const [post] = await tx
      .insert(communityPosts)
      .values({
        threadId: found.thread.id,
        authorId,
        body,
        state: held ? 'pending' : 'visible',
        createdAt: now,
      })
      .returning();
    await tx
      .update(communityThreads)
      .set({ lastActivityAt: now })
      .where(eq(communityThreads.id, found.thread.id));
    await indexAnswer(tx, found, post!, now);
    await tx
      .insert(communityFollows)
      .values({ threadId: found.thread.id, userId: authorId, createdAt: now })
      .onConflictDoNothing();
    const ctx: WriteContext = {
      tx,
      mail,
      deps,
      space: found.space,
      threadId: found.thread.id,
      postId: post!.id,
      actorId: authorId,
      now,
    };
    if (!held) await announceAnswer(ctx, found.thread.authorId, body);
    return ok(post!.id);
  });
}

/** A visible answer of this thread (not its opening, not a comment), or null. */
export async function findAnswer(tx: Tx, threadId: string, postId: string) {
  const [post] = await tx
    .select()
    .from(communityPosts)
    .where(
      and(
        eq(communityPosts.id, postId),
        eq(communityPosts.threadId, threadId),
        eq(communityPosts.opening, false),
        isNull(communityPosts.parentId),
      ),
    );
  return post ?? null;
}

const noAnswer = refused('answer', { name: 'antwort', message: 'community.error.answer.unknown' });

/** A comment on an answer; the answer's author hears of it. */
export async function comment(
  deps: ServiceDeps,
  found: ThreadInSpace,
  answerId: string,
  body: string,
): Promise<Result<string, 'locked' | 'closed' | 'answer'>> {
  const now = deps.clock();
  const authorId = found.member.actor.userId;
  return withMails(deps, async (tx, mail) => {
    const refusal = await closedNow(tx, found.thread.id);
    if (refusal) return refusal;
    const parent = await findAnswer(tx, found.thread.id, answerId);
    if (parent?.state !== 'visible') return noAnswer;
    const held = await heldForApproval(tx, found.member.actor, found.thread.programmeId);
    const [post] = await tx
      .insert(communityPosts)
      .values({
        threadId: found.thread.id,
        parentId: parent.id,
        authorId,
        body,
        state: held ? 'pending' : 'visible',
        createdAt: now,
      })
      .returning({ id: communityPosts.id });
    await tx
      .update(communityThreads)
      .set({ lastActivityAt: now })
      .where(eq(communityThreads.id, found.thread.id));
    const ctx: WriteContext = {
      tx,
      mail,
      deps,
      space: found.space,
      threadId: found.thread.id,
      postId: post!.id,
      actorId: authorId,
      now,
    };
    if (!held) await announceComment(ctx, parent.authorId, body);
    return ok(post!.id);
  });
}

/**
 * Marks an answer of this question as its solution, or changes it; `null` takes it back. The
 * asker or a moderator only (the route checks); an answer of another thread is refused.
 */
export async function markSolution(
  deps: ServiceDeps,
  found: ThreadInSpace,
  answerId: string | null,
): Promise<Result<undefined, 'answer'>> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const post = answerId ? await findAnswer(tx, found.thread.id, answerId) : null;
    if (answerId && post?.state !== 'visible') return noAnswer;
    await tx
      .update(communityThreads)
      .set({ solutionPostId: post?.id ?? null })
      .where(eq(communityThreads.id, found.thread.id));
    if (post?.authorId && post.id !== found.thread.solutionPostId) {
      const ctx: WriteContext = {
        tx,
        mail,
        deps,
        space: found.space,
        threadId: found.thread.id,
        postId: post.id,
        actorId: found.member.actor.userId,
        now,
      };
      await tell(ctx, [{ userId: post.authorId, kind: 'solution' }]);
    }
    return ok();
  });
}

/**
 * Edits an answer or comment; the text before is kept as a revision, the post shows "bearbeitet".
 * A moderator's edit of someone else's post is audited and told to its author with the note.
 */
export async function editPost(
  deps: ServiceDeps,
  found: ThreadInSpace,
  post: Post,
  body: string,
  note: string,
) {
  const now = deps.clock();
  const editorId = found.member.actor.userId;
  await withMails(deps, async (tx, mail) => {
    await tx.insert(communityRevisions).values({
      postId: post.id,
      body: post.body,
      editorId: found.member.actor.userId,
      note,
      createdAt: now,
    });
    await tx.update(communityPosts).set({ body, editedAt: now }).where(eq(communityPosts.id, post.id));
    if (!post.parentId) await indexAnswer(tx, found, { ...post, body }, now);
    await moderatorEdited(tx, mail, deps, {
      editorId,
      authorId: post.authorId,
      threadId: found.thread.id,
      postId: post.id,
      note,
      at: now,
    });
  });
}
