import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import type { ThreadInSpace } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import {
  communityPosts,
  communityRevisions,
  communityThreadTopics,
  topics,
  users,
} from '../../../db/schema/index.ts';

/** A post as the thread page shows it. */
export interface PostView {
  id: string;
  parentId: string | null;
  opening: boolean;
  authorId: string | null;
  authorName: string | null;
  body: string;
  state: 'visible' | 'pending' | 'hidden';
  editedAt: Date | null;
  createdAt: Date;
  revisions: number;
}

export interface AnswerView extends PostView {
  comments: PostView[];
  solution: boolean;
}

/**
 * A thread's page: its opening, then its answers (the solution first, then oldest first), each with
 * its comments. A post waiting for approval is there for its author and the moderators only; a
 * hidden post for the moderators only.
 */
export async function threadPage(db: Db, found: ThreadInSpace) {
  const { thread, space, member } = found;
  const userId = member.actor.userId;
  const rows = await db
    .select({
      id: communityPosts.id,
      parentId: communityPosts.parentId,
      opening: communityPosts.opening,
      authorId: communityPosts.authorId,
      authorName: users.name,
      body: communityPosts.body,
      state: communityPosts.state,
      editedAt: communityPosts.editedAt,
      createdAt: communityPosts.createdAt,
    })
    .from(communityPosts)
    .leftJoin(users, eq(users.id, communityPosts.authorId))
    .where(
      and(
        eq(communityPosts.threadId, thread.id),
        space.moderated
          ? undefined
          : or(
              eq(communityPosts.state, 'visible'),
              and(eq(communityPosts.state, 'pending'), eq(communityPosts.authorId, userId)),
            ),
      ),
    )
    .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id));
  const ids = rows.map((r) => r.id);
  const revisionCounts =
    space.moderated && ids.length > 0
      ? await db
          .select({ postId: communityRevisions.postId, n: count() })
          .from(communityRevisions)
          .where(inArray(communityRevisions.postId, ids))
          .groupBy(communityRevisions.postId)
      : [];
  const revisions = new Map(revisionCounts.map((r) => [r.postId, r.n]));
  const posts: PostView[] = rows.map((r) => ({ ...r, revisions: revisions.get(r.id) ?? 0 }));
  const opening = posts.find((p) => p.opening);
  const answers: AnswerView[] = posts
    .filter((p) => !p.opening && p.parentId === null)
    .map((p) => ({
      ...p,
      solution: p.id === thread.solutionPostId,
      comments: posts.filter((c) => c.parentId === p.id),
    }))
    .sort((a, b) => Number(b.solution) - Number(a.solution));
  const topicLabels = await db
    .select({ id: topics.id, label: topics.label })
    .from(communityThreadTopics)
    .innerJoin(topics, eq(topics.id, communityThreadTopics.topicId))
    .where(eq(communityThreadTopics.threadId, thread.id))
    .orderBy(asc(topics.label));
  return { opening, answers, topics: topicLabels };
}

export type ThreadPageData = Awaited<ReturnType<typeof threadPage>>;

/** A post of the thread, with what editing it needs. */
export async function findPost(db: Db, threadId: string, postId: string) {
  const [post] = await db
    .select()
    .from(communityPosts)
    .where(and(eq(communityPosts.id, postId), eq(communityPosts.threadId, threadId)));
  return post ?? null;
}

/** A post's state: visible, waiting for approval, or hidden (null for an unknown id). */
export const postState = async (db: Db, postId: string) =>
  (
    await db.select({ state: communityPosts.state }).from(communityPosts).where(eq(communityPosts.id, postId))
  )[0]?.state ?? null;

/** The history of a post, newest first, for the moderators. */
export const revisionsOf = (db: Db, postId: string) =>
  db
    .select({
      id: communityRevisions.id,
      title: communityRevisions.title,
      body: communityRevisions.body,
      note: communityRevisions.note,
      editorName: users.name,
      createdAt: communityRevisions.createdAt,
    })
    .from(communityRevisions)
    .leftJoin(users, eq(users.id, communityRevisions.editorId))
    .where(eq(communityRevisions.postId, postId))
    .orderBy(asc(communityRevisions.createdAt));
