import { and, count, desc, eq, exists, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Space } from '../../../access/index.ts';
import type { Db } from '../../../db/client.ts';
import {
  communityFollows,
  communityPosts,
  communityThreads,
  communityThreadTopics,
  type ThreadKind,
  topics,
  users,
} from '../../../db/schema/index.ts';

export const THREADS_PER_PAGE = 25;

export interface ThreadFilters {
  kind?: ThreadKind;
  topicId?: string;
  answered?: 'ja' | 'nein';
  mine?: boolean;
  page: number;
}

/** What a reader may see of a space: visible threads, and their own waiting ones; moderators all. */
export const readable = (space: Space, userId: string): SQL | undefined =>
  space.moderated
    ? undefined
    : or(
        eq(communityThreads.state, 'visible'),
        and(eq(communityThreads.state, 'pending'), eq(communityThreads.authorId, userId)),
      );

const visibleAnswers = and(
  eq(communityPosts.threadId, communityThreads.id),
  eq(communityPosts.opening, false),
  isNull(communityPosts.parentId),
  eq(communityPosts.state, 'visible'),
);

/** A space's threads, newest activity first, 25 a page, with the filters of the list. */
export async function threadsOfSpace(db: Db, space: Space, userId: string, filters: ThreadFilters) {
  const author = alias(users, 'author');
  const answered =
    filters.answered === 'ja'
      ? or(
          isNotNull(communityThreads.solutionPostId),
          exists(db.select().from(communityPosts).where(visibleAnswers)),
        )
      : filters.answered === 'nein'
        ? and(
            isNull(communityThreads.solutionPostId),
            sql`not ${exists(db.select().from(communityPosts).where(visibleAnswers))}`,
          )
        : undefined;
  const where = and(
    space.programmeId === null
      ? isNull(communityThreads.programmeId)
      : eq(communityThreads.programmeId, space.programmeId),
    readable(space, userId),
    filters.kind ? eq(communityThreads.kind, filters.kind) : undefined,
    filters.topicId
      ? exists(
          db
            .select()
            .from(communityThreadTopics)
            .where(
              and(
                eq(communityThreadTopics.threadId, communityThreads.id),
                eq(communityThreadTopics.topicId, filters.topicId),
              ),
            ),
        )
      : undefined,
    answered,
    filters.mine
      ? or(
          eq(communityThreads.authorId, userId),
          exists(
            db
              .select()
              .from(communityPosts)
              .where(
                and(eq(communityPosts.threadId, communityThreads.id), eq(communityPosts.authorId, userId)),
              ),
          ),
        )
      : undefined,
  );
  const [total] = await db.select({ n: count() }).from(communityThreads).where(where);
  const rows = await db
    .select({
      id: communityThreads.id,
      kind: communityThreads.kind,
      title: communityThreads.title,
      state: communityThreads.state,
      solved: sql<boolean>`${communityThreads.solutionPostId} is not null`,
      locked: sql<boolean>`${communityThreads.lockedAt} is not null`,
      lastActivityAt: communityThreads.lastActivityAt,
      authorName: author.name,
      answers: sql<number>`(select count(*)::int from ${communityPosts} where ${visibleAnswers})`,
    })
    .from(communityThreads)
    .leftJoin(author, eq(author.id, communityThreads.authorId))
    .where(where)
    .orderBy(desc(communityThreads.lastActivityAt), desc(communityThreads.id))
    .limit(THREADS_PER_PAGE)
    .offset((filters.page - 1) * THREADS_PER_PAGE);
  const topicRows =
    rows.length === 0
      ? []
      : await db
          .select({ threadId: communityThreadTopics.threadId, label: topics.label })
          .from(communityThreadTopics)
          .innerJoin(topics, eq(topics.id, communityThreadTopics.topicId))
          .where(
            inArray(
              communityThreadTopics.threadId,
              rows.map((r) => r.id),
            ),
          );
  return {
    total: total?.n ?? 0,
    threads: rows.map((r) => ({
      ...r,
      topics: topicRows
        .filter((t) => t.threadId === r.id)
        .map((t) => t.label)
        .sort((a, b) => a.localeCompare(b, 'de')),
    })),
  };
}

export type ThreadListItem = Awaited<ReturnType<typeof threadsOfSpace>>['threads'][number];

/** The newest threads of each space the actor reads, for the area's start page. */
export async function latestThreads(db: Db, spaces: Space[], userId: string, limit = 5) {
  return Promise.all(
    spaces.map(async (space) => ({
      space,
      ...(await threadsOfSpace(db, space, userId, { page: 1 })),
    })),
  ).then((all) => all.map((s) => ({ ...s, threads: s.threads.slice(0, limit) })));
}

export const isFollowing = async (db: Db, threadId: string, userId: string) =>
  (
    await db
      .select({ n: count() })
      .from(communityFollows)
      .where(and(eq(communityFollows.threadId, threadId), eq(communityFollows.userId, userId)))
  )[0]!.n > 0;

/** A thread's state: visible, waiting for approval, or hidden (null for an unknown id). */
export const threadState = async (db: Db, threadId: string) =>
  (
    await db
      .select({ state: communityThreads.state })
      .from(communityThreads)
      .where(eq(communityThreads.id, threadId))
  )[0]?.state ?? null;
