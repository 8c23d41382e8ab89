import { and, asc, eq, inArray } from 'drizzle-orm';
import { participationEvents, participations, users } from '../../../db/schema/index.ts';
import type { ParticipationStatus } from '../../../db/schema/registration.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { isUuid } from '../../../platform/forms.ts';
import { intakeMails } from '../mails.ts';
import { findScopedParticipation, loadHead } from '../queries/detail.ts';
import { type IntakeActor, move, notFound, type Outcome } from './transitions.ts';

/** Marks the intake call as held, or accepts the person into the matching pool. */
export async function setStatus(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; to: 'intake_held' | 'accepted' },
): Promise<Outcome> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return notFound;
    return move(tx, p, input.to, { actorId: actor.userId, at: now });
  });
}

/** Not eligible: the status changes and the participant gets the coordinator's (edited) text by mail. */
export async function declineParticipation(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; text: string },
): Promise<Outcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return notFound;
    const outcome = await move(tx, p, 'not_eligible', {
      actorId: actor.userId,
      at: now,
      set: { statusReason: input.text },
    });
    if (outcome.kind !== 'ok') return outcome;
    const { person, programme } = await loadHead(tx, p);
    await mail(
      person.email,
      person.locale,
      intakeMails.declined({ name: person.name, programme: programme.name, text: input.text }),
      { replyTo: programme.contactEmail },
    );
    return outcome;
  });
}

export interface BulkResult {
  accepted: { id: string; name: string }[];
  skipped: { id: string; name: string; status: ParticipationStatus }[];
}

/**
 * Accepts every selected person whose intake call is held; everyone else stays as they are and is
 * reported. Ids outside the actor's programmes are ignored as if they did not exist.
 */
export async function acceptMany(deps: ServiceDeps, actor: IntakeActor, ids: string[]): Promise<BulkResult> {
  const now = deps.clock();
  const wanted = [...new Set(ids.filter(isUuid))];
  if (wanted.length === 0 || actor.programmeIds.length === 0) return { accepted: [], skipped: [] };
  return deps.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: participations.id, status: participations.status, name: users.name })
      .from(participations)
      .innerJoin(users, eq(users.id, participations.userId))
      .where(
        and(inArray(participations.id, wanted), inArray(participations.programmeId, [...actor.programmeIds])),
      )
      .orderBy(asc(users.name))
      .for('update', { of: participations });
    const ready = rows.filter((r) => r.status === 'intake_held').map((r) => r.id);
    const done =
      ready.length === 0
        ? []
        : await tx
            .update(participations)
            .set({ status: 'accepted', updatedAt: now })
            .where(and(inArray(participations.id, ready), eq(participations.status, 'intake_held')))
            .returning({ id: participations.id });
    if (done.length > 0) {
      await tx.insert(participationEvents).values(
        done.map((d) => ({
          participationId: d.id,
          fromStatus: 'intake_held',
          toStatus: 'accepted',
          actorId: actor.userId,
          at: now,
        })),
      );
    }
    const acceptedIds = new Set(done.map((d) => d.id));
    return {
      accepted: rows.filter((r) => acceptedIds.has(r.id)).map(({ id, name }) => ({ id, name })),
      skipped: rows.filter((r) => !acceptedIds.has(r.id)),
    };
  });
}
