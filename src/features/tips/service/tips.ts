import { eq, inArray } from 'drizzle-orm';
import type { CommunityMember, Space, TipInSpace } from '../../../access/index.ts';
import { AUTHOR_EDITS } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import {
  communityFiles,
  communityPosts,
  communityTipFiles,
  communityTips,
  communityTipTopics,
} from '../../../db/schema/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { topicsOfSpace } from '../../community/index.ts';
import { notify } from '../../notifications/index.ts';
import { indexTip } from './indexing.ts';

export interface TipInput {
  title: string;
  summary: string;
  body: string;
  topicIds: string[];
  bundesland?: (typeof communityTips.$inferInsert)['bundesland'];
  organisationType?: (typeof communityTips.$inferInsert)['organisationType'];
  sizeClass?: (typeof communityTips.$inferInsert)['sizeClass'];
  /** Send it to the review now, or keep it as a draft. */
  submit: boolean;
}

const unknownTopic = refused('topic', { name: 'themen', message: 'tips.error.topics.unknown' });
const notNow = refused('state', { name: 'aktion', message: 'tips.error.state' });

async function topicsFit(tx: Tx, space: Space, member: CommunityMember, ids: string[]) {
  const allowed = new Set((await topicsOfSpace(tx, space, member.spaces)).map((t) => t.id));
  return ids.every((id) => allowed.has(id));
}

async function setTopics(tx: Tx, tipId: string, topicIds: string[]) {
  await tx.delete(communityTipTopics).where(eq(communityTipTopics.tipId, tipId));
  if (topicIds.length > 0) {
    await tx.insert(communityTipTopics).values(topicIds.map((topicId) => ({ tipId, topicId })));
  }
}

const fields = (input: TipInput) => ({
  title: input.title,
  summary: input.summary,
  body: input.body,
  bundesland: input.bundesland ?? null,
  organisationType: input.organisationType ?? null,
  sizeClass: input.sizeClass ?? null,
});

/** A new Praxistipp by the actor in a space: a draft, or straight to the review. */
export async function createTip(
  deps: ServiceDeps,
  member: CommunityMember,
  space: Space,
  input: TipInput,
): Promise<Result<string, 'topic'>> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    if (!(await topicsFit(tx, space, member, input.topicIds))) return unknownTopic;
    const [tip] = await tx
      .insert(communityTips)
      .values({
        ...fields(input),
        programmeId: space.programmeId,
        authorId: member.actor.userId,
        state: input.submit ? 'submitted' : 'draft',
        submittedAt: input.submit ? now : null,
        updatedAt: now,
        createdAt: now,
      })
      .returning({ id: communityTips.id });
    await setTopics(tx, tip!.id, input.topicIds);
    await indexTip(tx, tip!.id, now);
    return ok(tip!.id);
  });
}

/**
 * Changes a tip's text. The author does so while it is theirs to work on (a draft, proposed or sent
 * back) and may send it to the review at once; a moderator may correct it in any state, which leaves
 * its state as it is.
 */
export async function editTip(
  deps: ServiceDeps,
  found: TipInSpace,
  input: TipInput,
): Promise<Result<undefined, 'topic' | 'state'>> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const current = await lockTip(tx, found.tip.id);
    const authorMay = found.isAuthor && (AUTHOR_EDITS as readonly string[]).includes(current.state);
    if (!authorMay && !found.reviews) return notNow;
    if (!(await topicsFit(tx, found.space, found.member, input.topicIds))) return unknownTopic;
    const submit = input.submit && authorMay;
    await tx
      .update(communityTips)
      .set({
        ...fields(input),
        ...(submit ? { state: 'submitted' as const, submittedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(communityTips.id, found.tip.id));
    await setTopics(tx, found.tip.id, input.topicIds);
    await indexTip(tx, found.tip.id, now);
    return ok();
  });
}

/** The tip as it is now, locked for this transaction, so two decisions cannot cross. */
export async function lockTip(tx: Tx, id: string) {
  const [tip] = await tx.select().from(communityTips).where(eq(communityTips.id, id)).for('update');
  return tip!;
}

/** The author sends a draft (or a proposal they agree to, or a tip sent back) to the review. */
export async function submitTip(deps: ServiceDeps, found: TipInSpace): Promise<Result<undefined, 'state'>> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const current = await lockTip(tx, found.tip.id);
    if (!found.isAuthor || !(AUTHOR_EDITS as readonly string[]).includes(current.state)) return notNow;
    await tx
      .update(communityTips)
      .set({ state: 'submitted', submittedAt: now, updatedAt: now })
      .where(eq(communityTips.id, found.tip.id));
    return ok();
  });
}

/**
 * The author withdraws a tip that is not published (a draft, a proposal they decline, one sent back or
 * rejected): it is deleted with its attachments. Whoever proposed it hears that the author declined.
 */
export async function withdrawTip(deps: ServiceDeps, found: TipInSpace): Promise<Result<undefined, 'state'>> {
  return withMails(deps, async (tx, mail) => {
    const current = await lockTip(tx, found.tip.id);
    if (!found.isAuthor || current.state === 'published' || current.state === 'submitted') return notNow;
    if (current.state === 'proposed' && current.proposedBy) {
      // The tip goes, so the note points at the question the answer belongs to.
      const [source] = current.sourcePostId
        ? await tx
            .select({ threadId: communityPosts.threadId })
            .from(communityPosts)
            .where(eq(communityPosts.id, current.sourcePostId))
        : [];
      await notify(
        tx,
        [
          {
            userId: current.proposedBy,
            kind: 'tip_declined',
            threadId: source?.threadId,
            actorId: found.member.actor.userId,
          },
        ],
        { deps, mail },
      );
    }
    await deleteTip(tx, found.tip.id);
    return ok();
  });
}

/** Deletes a tip and the files only it carried. */
export async function deleteTip(tx: Tx, tipId: string) {
  const files = await tx
    .select({ id: communityTipFiles.fileId })
    .from(communityTipFiles)
    .where(eq(communityTipFiles.tipId, tipId));
  await tx.delete(communityTips).where(eq(communityTips.id, tipId));
  if (files.length > 0) {
    await tx.delete(communityFiles).where(
      inArray(
        communityFiles.id,
        files.map((f) => f.id),
      ),
    );
  }
}
