import { and, eq } from 'drizzle-orm';
import type { MemberTandem } from '../../../access/index.ts';
import {
  agreementVersions,
  kickoffPreparations as preparationsTable,
  tandems,
} from '../../../db/schema/index.ts';
import type { AgreementContent, Side } from '../../../db/schema/tandems.ts';
import { link, type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { ok, type Result, refused } from '../../../platform/result.ts';
import { addGoalsFromAgreement } from '../milestones/service.ts';
import { tandemPath } from '../paths.ts';
import { agreementMail } from './mails.ts';
import { newestVersion } from './queries.ts';

/**
 * A member's own preparation answers. With `share`, the same statement shares them with the partner
 * (true) or takes them back (false), so "teilen" never loses what was just typed.
 */
export async function savePreparation(
  deps: ServiceDeps,
  tandem: MemberTandem,
  answers: Record<string, string>,
  share?: boolean,
) {
  const now = deps.clock();
  const sharing = share === undefined ? {} : { sharedAt: share ? now : null };
  await deps.database.db
    .insert(preparationsTable)
    .values({ tandemId: tandem.tandem.id, side: tandem.side, answers, updatedAt: now, ...sharing })
    .onConflictDoUpdate({
      target: [preparationsTable.tandemId, preparationsTable.side],
      set: { answers, updatedAt: now, ...sharing },
    });
}

/** Shares the preparation with the partner, or takes it back. */
export async function sharePreparation(deps: ServiceDeps, tandem: MemberTandem, share: boolean) {
  const now = deps.clock();
  await deps.database.db
    .insert(preparationsTable)
    .values({ tandemId: tandem.tandem.id, side: tandem.side, sharedAt: share ? now : null, updatedAt: now })
    .onConflictDoUpdate({
      target: [preparationsTable.tandemId, preparationsTable.side],
      set: { sharedAt: share ? now : null },
    });
}

/** The new version's number, or refused: someone saved since `basis`. */
export type SaveOutcome = Result<number, 'stale'>;

/**
 * Saves a new version of the kick-off record / agreement. Refused as stale when someone saved since
 * `basis` (also when both save at the same moment: the unique version number decides).
 */
export type { AgreementContent };

export async function saveAgreement(
  deps: ServiceDeps,
  tandem: MemberTandem,
  authorId: string,
  basis: number,
  content: AgreementContent,
): Promise<SaveOutcome> {
  const now = deps.clock();
  try {
    return await withMails(deps, async (tx, mail) => {
      await tx.select({ id: tandems.id }).from(tandems).where(eq(tandems.id, tandem.tandem.id)).for('update');
      if ((await newestVersion(tx, tandem.tandem.id)) !== basis) return refused('stale');
      await tx
        .insert(agreementVersions)
        .values({ tandemId: tandem.tandem.id, version: basis + 1, content, authorId, createdAt: now });
      const p = tandem.partner;
      await mail(
        p.email,
        p.locale,
        agreementMail('changed', {
          name: p.name,
          programme: tandem.programme.name,
          url: link(deps, tandemPath(tandem.tandem.id, 'vereinbarung')),
        }),
      );
      return ok(basis + 1);
    });
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return refused('stale');
    throw err;
  }
}

/** Whether the confirmed version is now in force, or refused: a newer version exists. */
export type ConfirmOutcome = Result<{ inForce: boolean }, 'outdated'>;

/** This side confirms the newest version; when both have, it is in force (and the tandem active). */
export async function confirmAgreement(
  deps: ServiceDeps,
  tandem: MemberTandem,
  version: number,
): Promise<ConfirmOutcome> {
  const now = deps.clock();
  const column = (side: Side) => (side === 'mentee' ? 'menteeConfirmedAt' : 'mentorConfirmedAt');
  return withMails(deps, async (tx, mail) => {
    const tandemId = tandem.tandem.id;
    // The tandem row serialises confirmations and saves of the same tandem.
    await tx.select({ id: tandems.id }).from(tandems).where(eq(tandems.id, tandemId)).for('update');
    if ((await newestVersion(tx, tandemId)) !== version) return refused('outdated');
    const [row] = await tx
      .update(agreementVersions)
      .set({ [column(tandem.side)]: now })
      .where(and(eq(agreementVersions.tandemId, tandemId), eq(agreementVersions.version, version)))
      .returning();
    const inForce = !!row && row.menteeConfirmedAt !== null && row.mentorConfirmedAt !== null;
    if (!inForce) return ok({ inForce });
    await addGoalsFromAgreement(tx, tandemId, row.content.goals.split('\n'), now);
    if (tandem.tandem.status === 'kickoff_pending') {
      await tx
        .update(tandems)
        .set({ status: 'active', activatedAt: now })
        .where(and(eq(tandems.id, tandemId), eq(tandems.status, 'kickoff_pending')));
    }
    for (const person of [tandem.mentee, tandem.mentor]) {
      await mail(
        person.email,
        person.locale,
        agreementMail('confirmed', {
          name: person.name,
          programme: tandem.programme.name,
          url: link(deps, tandemPath(tandemId)),
        }),
      );
    }
    return ok({ inForce });
  });
}
