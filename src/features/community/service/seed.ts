import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import {
  communityFollows,
  communityPosts,
  communityThreads,
  communityThreadTopics,
  type ThreadKind,
} from '../../../db/schema/index.ts';
import { indexDocument } from '../search/indexing.ts';
import { indexThread } from './threads.ts';

export interface SeedThread {
  programmeId: string | null;
  kind: ThreadKind;
  title: string;
  body: string;
  authorId: string;
  topicIds: string[];
  answers: { authorId: string; body: string; solution?: boolean }[];
  at: Date;
}

/**
 * Writes a thread with its answers as the services would, indexed, without notifying anyone (for
 * the demo data); a thread with the same title is left as it is.
 */
export async function seedThread(tx: Tx, spec: SeedThread) {
  const [existing] = await tx
    .select({ id: communityThreads.id })
    .from(communityThreads)
    .where(eq(communityThreads.title, spec.title));
  if (existing) return;
  const [thread] = await tx
    .insert(communityThreads)
    .values({
      programmeId: spec.programmeId,
      kind: spec.kind,
      title: spec.title,
      authorId: spec.authorId,
      lastActivityAt: spec.at,
      createdAt: spec.at,
    })
    .returning();
  const threadId = thread!.id;
  await tx
    .insert(communityPosts)
    .values({ threadId, opening: true, authorId: spec.authorId, body: spec.body, createdAt: spec.at });
  if (spec.topicIds.length > 0) {
    await tx.insert(communityThreadTopics).values(spec.topicIds.map((topicId) => ({ threadId, topicId })));
  }
  await tx.insert(communityFollows).values({ threadId, userId: spec.authorId, createdAt: spec.at });
  for (const [i, a] of spec.answers.entries()) {
    const at = new Date(spec.at.getTime() + (i + 1) * 3_600_000);
    const [post] = await tx
      .insert(communityPosts)
      .values({ threadId, authorId: a.authorId, body: a.body, createdAt: at })
      .returning();
    if (a.solution)
      await tx
        .update(communityThreads)
        .set({ solutionPostId: post!.id })
        .where(eq(communityThreads.id, threadId));
    await tx.update(communityThreads).set({ lastActivityAt: at }).where(eq(communityThreads.id, threadId));
    await indexDocument(
      tx,
      {
        id: post!.id,
        kind: 'answer',
        programmeId: spec.programmeId,
        threadId,
        title: '',
        markdown: a.body,
        topicIds: [],
        visible: true,
      },
      at,
    );
  }
  await indexThread(tx, threadId, spec.at);
}
