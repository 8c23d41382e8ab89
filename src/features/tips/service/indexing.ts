import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client.ts';
import { communityTips, communityTipTopics } from '../../../db/schema/index.ts';
import { indexDocument } from '../../community/index.ts';

/** The tip's search entry: found only once it is published (ADR 0019, 0020). */
export async function indexTip(tx: Tx, tipId: string, at: Date) {
  const [tip] = await tx.select().from(communityTips).where(eq(communityTips.id, tipId));
  if (!tip) return;
  const topics = await tx
    .select({ id: communityTipTopics.topicId })
    .from(communityTipTopics)
    .where(eq(communityTipTopics.tipId, tipId));
  await indexDocument(
    tx,
    {
      id: tip.id,
      kind: 'tip',
      programmeId: tip.programmeId,
      tipId: tip.id,
      title: tip.title,
      markdown: `${tip.summary}\n\n${tip.body}`,
      topicIds: topics.map((t) => t.id),
      visible: tip.state === 'published',
    },
    at,
  );
}
