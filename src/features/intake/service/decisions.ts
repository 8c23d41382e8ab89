import { and, asc, eq, inArray } from 'drizzle-orm';
import { participationEvents, participations, users } from '../../../db/schema/index.ts';
import type { ParticipationStatus, Role } from '../../../db/schema/registration.ts';
import { translator } from '../../../i18n/index.ts';
import { type ServiceDeps, withMails } from '../../../mail/with-mails.ts';
import { isUuid } from '../../../platform/forms.ts';
import { ok, refused } from '../../../platform/result.ts';
import { intakeMails, roleList } from '../mails.ts';
import { findGroup, findScopedParticipation, loadHead } from '../queries/detail.ts';
import { abortOutcome, canMove, type IntakeActor, move, moveAll, type Outcome } from './transitions.ts';

/**
 * Marks the intake call as held (for every role the call was planned for: one call, one person),
 * or accepts the person into the matching pool in this one role.
 */
export async function setStatus(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; to: 'intake_held' | 'accepted' },
): Promise<Outcome> {
  const now = deps.clock();
  return deps.database.db
    .transaction(async (tx) => {
      const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
      if (!p) return refused('not-found');
      const by = { actorId: actor.userId, at: now };
      if (input.to === 'accepted') return move(tx, p, 'accepted', by);
      const held = (await findGroup(tx, p)).filter((x) => x.status === 'intake_scheduled');
      if (held.length === 0) return move(tx, p, 'intake_held', by);
      return moveAll(tx, held, 'intake_held', by);
    })
    .catch(abortOutcome);
}

/**
 * Not eligible, in the chosen roles (all of them when the person has one): the statuses change and
 * the participant gets the coordinator's (edited) text by mail, once, naming the roles when there
 * are several.
 */
export async function declineParticipation(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; text: string; roles?: readonly Role[] },
): Promise<Outcome> {
  const now = deps.clock();
  return withMails(deps, async (tx, mail) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return refused('not-found');
    const group = await findGroup(tx, p);
    const roles = input.roles ?? [];
    const open = group.filter((x) => canMove(x.status, 'not_eligible'));
    const noRoles = refused('invalid', { name: 'rollen', message: 'form.intake.declineRoles.required' });
    if (roles.length === 0 && open.length > 1) return noRoles;
    // No choice made: the one role still open, or (when none is) this one, refused below.
    const targets =
      roles.length > 0 ? group.filter((x) => roles.includes(x.role)) : open.length === 1 ? open : [p];
    if (targets.length === 0) return noRoles;
    await moveAll(tx, targets, 'not_eligible', {
      actorId: actor.userId,
      at: now,
      set: { statusReason: input.text },
    });
    const { person, programme } = await loadHead(tx, p);
    await mail(
      person.email,
      person.locale,
      intakeMails.declined({
        name: person.name,
        programme: programme.name,
        text: input.text,
        roles: group.length > 1 ? roleList(translator(person.locale), targets) : undefined,
      }),
      { replyTo: programme.contactEmail },
    );
    return ok();
  }).catch(abortOutcome);
}

/** One role of one person in a bulk acceptance (a person with two roles may appear twice). */
interface BulkEntry {
  id: string;
  userId: string;
  name: string;
  role: Role;
}

export interface BulkResult {
  accepted: BulkEntry[];
  skipped: (BulkEntry & { status: ParticipationStatus })[];
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
      .select({
        id: participations.id,
        userId: participations.userId,
        role: participations.role,
        status: participations.status,
        name: users.name,
      })
      .from(participations)
      .innerJoin(users, eq(users.id, participations.userId))
      .where(
        and(inArray(participations.id, wanted), inArray(participations.programmeId, [...actor.programmeIds])),
      )
      .orderBy(asc(users.name), asc(participations.role))
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
      accepted: rows.filter((r) => acceptedIds.has(r.id)).map(({ status: _, ...entry }) => entry),
      skipped: rows.filter((r) => !acceptedIds.has(r.id)),
    };
  });
}
