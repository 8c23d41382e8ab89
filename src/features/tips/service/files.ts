import { and, count, eq } from 'drizzle-orm';
import { editsTip, type TipInSpace } from '../../../access/index.ts';
import { communityFiles, communityTipFiles, communityTips } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import type { CheckedFile } from '../../../platform/uploads.ts';
import { MAX_FILES } from '../schema.ts';
import { lockTip } from './tips.ts';

/** Attaches a checked file to a tip the actor may change; at most MAX_FILES per tip. */
export async function attachFile(
  deps: ServiceDeps,
  found: TipInSpace,
  file: CheckedFile,
): Promise<Result<string, 'state' | 'full'>> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const current = await lockTip(tx, found.tip.id);
    if (!editsTip({ ...found, tip: current })) {
      return refused('state', { name: 'datei', message: 'tips.error.state' });
    }
    const [held] = await tx
      .select({ n: count() })
      .from(communityTipFiles)
      .where(eq(communityTipFiles.tipId, found.tip.id));
    if ((held?.n ?? 0) >= MAX_FILES) {
      return refused('full', { name: 'datei', message: 'tips.error.files.full' });
    }
    const [stored] = await tx
      .insert(communityFiles)
      .values({ ...file, uploadedBy: found.member.actor.userId, createdAt: now })
      .returning({ id: communityFiles.id });
    await tx.insert(communityTipFiles).values({ tipId: found.tip.id, fileId: stored!.id });
    await tx.update(communityTips).set({ updatedAt: now }).where(eq(communityTips.id, found.tip.id));
    return ok(stored!.id);
  });
}

/** Removes an attachment from a tip the actor may change. */
export async function removeFile(
  deps: ServiceDeps,
  found: TipInSpace,
  fileId: string,
): Promise<Result<undefined, 'state' | 'unknown'>> {
  return deps.database.db.transaction(async (tx) => {
    const current = await lockTip(tx, found.tip.id);
    if (!editsTip({ ...found, tip: current })) return refused('state');
    const removed = await tx
      .delete(communityTipFiles)
      .where(and(eq(communityTipFiles.tipId, found.tip.id), eq(communityTipFiles.fileId, fileId)))
      .returning({ fileId: communityTipFiles.fileId });
    if (removed.length === 0) return refused('unknown');
    await tx.delete(communityFiles).where(eq(communityFiles.id, fileId));
    return ok();
  });
}
