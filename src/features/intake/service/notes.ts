import { eq } from 'drizzle-orm';
import { intakeNotes, participations } from '../../../db/schema/index.ts';
import type { ServiceDeps } from '../../../mail/with-mails.ts';
import { ok, refused } from '../../../platform/result.ts';
import { listAllTopics } from '../../programmes/index.ts';
import { findScopedParticipation } from '../queries/detail.ts';
import { canRefineStrengths, type IntakeActor, type Outcome } from './transitions.ts';

/** A note on the intake call; only the programme's coordinators ever read it. */
export async function addNote(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; body: string },
): Promise<Outcome> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return refused('not-found');
    await tx
      .insert(intakeNotes)
      .values({ participationId: p.id, authorId: actor.userId, body: input.body, at: now });
    return ok();
  });
}

/**
 * A mentor's topics and strengths as refined in the intake call. Topics must be the programme's:
 * active ones, or archived ones the mentor already offered.
 */
export async function refineStrengths(
  deps: ServiceDeps,
  actor: IntakeActor,
  input: { participationId: string; topicIds: string[]; strengths: string },
): Promise<Outcome> {
  const now = deps.clock();
  return deps.database.db.transaction(async (tx) => {
    const p = await findScopedParticipation(tx, actor.programmeIds, input.participationId);
    if (!p) return refused('not-found');
    if (!canRefineStrengths(p)) return refused('strengths-closed');
    const allowed = new Set(
      (await listAllTopics(tx, p.programmeId))
        .filter((x) => x.archivedAt === null || p.topicsOffered.includes(x.id))
        .map((x) => x.id),
    );
    const topicIds = [...new Set(input.topicIds)];
    if (!topicIds.every((id) => allowed.has(id))) {
      return refused('invalid', { name: 'themen', message: 'form.intake.topics.invalid' });
    }
    await tx
      .update(participations)
      .set({ topicsOffered: topicIds, strengths: input.strengths, updatedAt: now })
      .where(eq(participations.id, p.id));
    return ok();
  });
}
