import { and, eq } from 'drizzle-orm';
import type { ThreadInSpace } from '../../../access/index.ts';
import {
  communityPosts,
  communityThreadTopics,
  communityTips,
  communityTipTopics,
} from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { notify } from '../../notifications/index.ts';

/** The first sentences of a text, as a summary to start from. */
export function summaryFrom(markdown: string, max = 300): string {
  const plain = markdown
    .replace(/[#*_`>[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return stop > 80 ? cut.slice(0, stop + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/**
 * Turns a question's accepted answer into a Praxistipp draft, with the question's title and topics and
 * the answer's text. The answer's author decides: their own answer becomes their draft at once; someone
 * else's (the asker's or a moderator's click) waits for its author to agree, who is told. One tip per
 * answer: a second click leads to the first.
 */
export async function proposeFromAnswer(
  deps: ServiceDeps,
  found: ThreadInSpace,
): Promise<Result<string, 'noSolution' | 'notAllowed'>> {
  const actorId = found.member.actor.userId;
  const { thread } = found;
  if (!thread.solutionPostId || thread.kind !== 'question') return refused('noSolution');
  if (thread.authorId !== actorId && !found.space.moderated) {
    const [answer] = await deps.database.db
      .select({ authorId: communityPosts.authorId })
      .from(communityPosts)
      .where(eq(communityPosts.id, thread.solutionPostId));
    if (answer?.authorId !== actorId) return refused('notAllowed');
  }
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const [existing] = await tx
      .select({ id: communityTips.id })
      .from(communityTips)
      .where(eq(communityTips.sourcePostId, thread.solutionPostId!));
    if (existing) return ok(existing.id);
    const [answer] = await tx
      .select()
      .from(communityPosts)
      .where(and(eq(communityPosts.id, thread.solutionPostId!), eq(communityPosts.threadId, thread.id)));
    if (!answer?.authorId || answer.state !== 'visible') return refused('noSolution');
    const own = answer.authorId === actorId;
    const [tip] = await tx
      .insert(communityTips)
      .values({
        programmeId: thread.programmeId,
        authorId: answer.authorId,
        proposedBy: own ? null : actorId,
        sourcePostId: answer.id,
        title: thread.title,
        summary: summaryFrom(answer.body),
        body: answer.body,
        state: own ? 'draft' : 'proposed',
        updatedAt: now,
        createdAt: now,
      })
      .returning({ id: communityTips.id });
    const topics = await tx
      .select({ topicId: communityThreadTopics.topicId })
      .from(communityThreadTopics)
      .where(eq(communityThreadTopics.threadId, thread.id));
    if (topics.length > 0) {
      await tx.insert(communityTipTopics).values(topics.map((t) => ({ tipId: tip!.id, topicId: t.topicId })));
    }
    if (!own) {
      await notify(tx, [{ userId: answer.authorId, kind: 'tip_proposed', tipId: tip!.id, actorId }], {
        deps,
        mail,
      });
    }
    return ok(tip!.id);
  });
}
