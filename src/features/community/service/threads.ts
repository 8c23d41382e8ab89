import { and, eq, sql } from 'drizzle-orm';
import type { CommunityMember, Space, ThreadInSpace } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import {
  communityFollows,
  communityPosts,
  communityRevisions,
  communityThreads,
  communityThreadTopics,
  type ThreadKind,
} from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { heldForApproval } from '../moderation/service/approval.ts';
import { moderatorEdited } from '../moderation/service/edits.ts';
import { indexDocument } from '../search/indexing.ts';
import type { WriteContext } from './context.ts';
import { notifyExperts } from './experts.ts';
import { notifyMentions } from './mentions.ts';
import { topicsOfSpace } from './topics.ts';

export interface ThreadInput {
  kind: ThreadKind;
  title: string;
  body: string;
  topicIds: string[];
}

const unknownTopic = refused('topic', { name: 'themen', message: 'community.error.topics.unknown' });

async function checkTopics(tx: Tx, space: Space, member: CommunityMember, ids: string[]) {
  const allowed = new Set((await topicsOfSpace(tx, space, member.spaces)).map((t) => t.id));
  return ids.every((id) => allowed.has(id));
}

/** Writes the thread's search entry: title, opening text and topics. */
export async function indexThread(tx: Tx, threadId: string, at: Date) {
  const [row] = await tx
    .select({
      thread: communityThreads,
      body: communityPosts.body,
      topicIds: sql<
        string[]
      >`coalesce(array_agg(${communityThreadTopics.topicId}) filter (where ${communityThreadTopics.topicId} is not null), '{}')`,
    })
    .from(communityThreads)
    .innerJoin(
      communityPosts,
      and(eq(communityPosts.threadId, communityThreads.id), eq(communityPosts.opening, true)),
    )
    .leftJoin(communityThreadTopics, eq(communityThreadTopics.threadId, communityThreads.id))
    .where(eq(communityThreads.id, threadId))
    .groupBy(communityThreads.id, communityPosts.body);
  if (!row) return;
  await indexDocument(
    tx,
    {
      id: row.thread.id,
      kind: row.thread.kind,
      programmeId: row.thread.programmeId,
      threadId: row.thread.id,
      title: row.thread.title,
      markdown: row.body,
      topicIds: row.topicIds,
      visible: row.thread.state === 'visible',
    },
    at,
  );
}

/** Asks the mentors whose offered topics match a new question, and tells those it mentions. */
export async function announceThread(ctx: WriteContext, kind: ThreadKind, topicIds: string[], body: string) {
  if (kind === 'question') await notifyExperts(ctx, topicIds);
  await notifyMentions(ctx, body);
}

/**
 * A new question or discussion in a space: the thread, its opening text, its topics, the asker
 * following it, its search entry; mentors whose offered topics match are asked, @mentions told
 * (a new account's first posts wait for a moderator, and so do these until it is approved).
 */
export async function startThread(
  deps: ServiceDeps,
  member: CommunityMember,
  space: Space,
  input: ThreadInput,
): Promise<Result<string, 'topic'>> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    if (!(await checkTopics(tx, space, member, input.topicIds))) return unknownTopic;
    const authorId = member.actor.userId;
    const held = await heldForApproval(tx, member.actor, space.programmeId);
    const state = held ? ('pending' as const) : ('visible' as const);
    const [thread] = await tx
      .insert(communityThreads)
      .values({
        programmeId: space.programmeId,
        kind: input.kind,
        title: input.title,
        authorId,
        state,
        lastActivityAt: now,
        createdAt: now,
      })
      .returning({ id: communityThreads.id });
    const threadId = thread!.id;
    const [opening] = await tx
      .insert(communityPosts)
      .values({ threadId, opening: true, authorId, body: input.body, state, createdAt: now })
      .returning({ id: communityPosts.id });
    if (input.topicIds.length > 0) {
      await tx.insert(communityThreadTopics).values(input.topicIds.map((topicId) => ({ threadId, topicId })));
    }
    await tx.insert(communityFollows).values({ threadId, userId: authorId, createdAt: now });
    await indexThread(tx, threadId, now);
    const context = { tx, mail, deps, space, threadId, postId: opening!.id, actorId: authorId, now };
    if (!held) await announceThread(context, input.kind, input.topicIds, input.body);
    return ok(threadId);
  });
}

/**
 * Edits the opening of a thread; the text before is kept as a revision for the moderators. A
 * moderator's edit of someone else's thread is audited and told to its author with the note.
 */
export async function editThread(
  deps: ServiceDeps,
  found: ThreadInSpace,
  input: Omit<ThreadInput, 'kind'> & { note: string },
): Promise<Result<undefined, 'topic'>> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    if (!(await checkTopics(tx, found.space, found.member, input.topicIds))) return unknownTopic;
    const threadId = found.thread.id;
    const [opening] = await tx
      .select()
      .from(communityPosts)
      .where(and(eq(communityPosts.threadId, threadId), eq(communityPosts.opening, true)));
    await tx.insert(communityRevisions).values({
      postId: opening!.id,
      title: found.thread.title,
      body: opening!.body,
      editorId: found.member.actor.userId,
      note: input.note,
      createdAt: now,
    });
    await tx.update(communityThreads).set({ title: input.title }).where(eq(communityThreads.id, threadId));
    await tx
      .update(communityPosts)
      .set({ body: input.body, editedAt: now })
      .where(eq(communityPosts.id, opening!.id));
    await tx.delete(communityThreadTopics).where(eq(communityThreadTopics.threadId, threadId));
    if (input.topicIds.length > 0) {
      await tx.insert(communityThreadTopics).values(input.topicIds.map((topicId) => ({ threadId, topicId })));
    }
    await indexThread(tx, threadId, now);
    await moderatorEdited(tx, mail, deps, {
      editorId: found.member.actor.userId,
      authorId: found.thread.authorId,
      threadId,
      postId: opening!.id,
      note: input.note,
      at: now,
    });
    return ok();
  });
}

/** Follows or unfollows a thread: followers hear of new answers. */
export async function setFollowing(deps: ServiceDeps, found: ThreadInSpace, follow: boolean) {
  const key = and(
    eq(communityFollows.threadId, found.thread.id),
    eq(communityFollows.userId, found.member.actor.userId),
  );
  await deps.database.db.transaction(async (tx) => {
    if (follow) {
      await tx
        .insert(communityFollows)
        .values({ threadId: found.thread.id, userId: found.member.actor.userId, createdAt: deps.clock() })
        .onConflictDoNothing();
    } else {
      await tx.delete(communityFollows).where(key);
    }
  });
}
