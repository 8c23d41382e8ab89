import { eq } from 'drizzle-orm';
import type { Tip } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import {
  communityTipHelpful,
  communityTips,
  communityTipTopics,
  type TipState,
} from '../../../db/schema/index.ts';
import { indexTip } from './indexing.ts';

export interface SeedTip {
  programmeId: string | null;
  authorId: string;
  state: TipState;
  title: string;
  summary: string;
  body: string;
  topicIds: string[];
  context: Pick<Tip, 'bundesland' | 'organisationType' | 'sizeClass'>;
  reviewerId?: string;
  reviewNote?: string;
  proposedBy?: string;
  sourcePostId?: string;
  helpfulBy: string[];
  at: Date;
}

/** Writes a tip in a state, indexed, without telling anyone (for the demo); a title already there stays. */
export async function seedTip(tx: Tx, spec: SeedTip) {
  const [existing] = await tx
    .select({ id: communityTips.id })
    .from(communityTips)
    .where(eq(communityTips.title, spec.title));
  if (existing) return;
  const reviewed = ['published', 'returned', 'rejected'].includes(spec.state);
  const [tip] = await tx
    .insert(communityTips)
    .values({
      programmeId: spec.programmeId,
      authorId: spec.authorId,
      proposedBy: spec.proposedBy ?? null,
      sourcePostId: spec.sourcePostId ?? null,
      title: spec.title,
      summary: spec.summary,
      body: spec.body,
      ...spec.context,
      state: spec.state,
      reviewNote: spec.reviewNote ?? '',
      reviewedBy: reviewed ? (spec.reviewerId ?? null) : null,
      reviewedAt: reviewed ? spec.at : null,
      submittedAt: spec.state === 'draft' || spec.state === 'proposed' ? null : spec.at,
      publishedAt: spec.state === 'published' ? spec.at : null,
      updatedAt: spec.at,
      createdAt: spec.at,
    })
    .returning({ id: communityTips.id });
  const tipId = tip!.id;
  if (spec.topicIds.length > 0) {
    await tx.insert(communityTipTopics).values(spec.topicIds.map((topicId) => ({ tipId, topicId })));
  }
  if (spec.helpfulBy.length > 0) {
    await tx
      .insert(communityTipHelpful)
      .values(spec.helpfulBy.map((userId) => ({ tipId, userId, createdAt: spec.at })));
  }
  await indexTip(tx, tipId, spec.at);
}
