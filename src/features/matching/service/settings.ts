import { eq } from 'drizzle-orm';
import { programmes } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import type { Weights } from '../../../matching-engine/criteria.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { SignedInActor } from '../../../policy/index.ts';

export interface MatchingSettings {
  weights: Weights;
  reminderDays: number;
  expiryDays: number;
}

/** A programme's weights and proposal deadlines; audited, since they change who is proposed to whom. */
export async function saveSettings(
  deps: ServiceDeps,
  actor: SignedInActor,
  programmeId: string,
  settings: MatchingSettings,
) {
  await deps.database.db.transaction(async (tx) => {
    await tx
      .update(programmes)
      .set({
        matchingWeights: settings.weights,
        proposalReminderDays: settings.reminderDays,
        proposalExpiryDays: settings.expiryDays,
      })
      .where(eq(programmes.id, programmeId));
    await recordAudit(tx, {
      kind: 'matching_weights_changed',
      actorId: actor.userId,
      details: { programmeId, ...settings },
      at: deps.clock(),
    });
  });
}
