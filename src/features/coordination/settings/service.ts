import { eq } from 'drizzle-orm';
import type { Programme } from '../../../access/index.ts';
import { programmes } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { SignedInActor } from '../../../policy/index.ts';
import type { TandemSettings } from './schema.ts';

/** Saves a programme's stall intervals and mentoring duty; audited, since the duty is in funding reports. */
export async function saveTandemSettings(
  deps: ServiceDeps,
  actor: SignedInActor,
  programme: Programme,
  form: TandemSettings,
) {
  const programmeId = programme.id;
  const settings = {
    stallReminderWeeks: form.erinnerung,
    stallEscalationWeeks: form.eskalation,
    dutyDaysPerYear: form.pflicht_tage,
    dutyHoursPerDay: form.stunden_pro_tag,
    dutyFundingPhase: form.foerderphase,
  };
  await deps.database.db.transaction(async (tx) => {
    await tx.update(programmes).set(settings).where(eq(programmes.id, programmeId));
    await recordAudit(tx, {
      kind: 'tandem_settings_changed',
      actorId: actor.userId,
      details: { programmeId, ...settings },
      at: deps.clock(),
    });
  });
}
