import { asc, inArray } from 'drizzle-orm';
import { findProgrammeById } from '../../../access/index.ts';
import type { Tx } from '../../../db/client.ts';
import { matchProposals, participations } from '../../../db/schema/index.ts';
import type { QueueMail, ServiceDeps } from '../../../mail/with-mails.ts';
import { isUuid } from '../../../platform/forms.ts';
import { ok, refused } from '../../../platform/result.ts';
import { formatAt } from '../../../ui/format.ts';
import { proposalMails } from '../mails.ts';
import { excludedPairsAmong, loadOfMentors, unavailableAmong } from '../queries.ts';
import { personsOf, proposalUrl } from './parties.ts';

/** Participation ids of one pair. */
export interface NewProposal {
  menteeId: string;
  mentorId: string;
  score: number;
  manualReason?: string;
}

type Refusal = 'menteeUnavailable' | 'mentorFull' | 'notAllowed';

/** A Result: the new proposals' ids, or why the first pair no longer possible is refused, and which. */
export type CreateOutcome =
  | { ok: true; value: string[] }
  | ({ ok: false; reason: Refusal } & Pick<NewProposal, 'menteeId' | 'mentorId'>);

const DAY_MS = 24 * 3600_000;

type Locked = Pick<
  typeof participations.$inferSelect,
  'id' | 'userId' | 'programmeId' | 'role' | 'status' | 'capacity'
>;

/**
 * Creates proposals for the pairs, in the caller's transaction, or none at all: the first pair that
 * is no longer possible is returned and nothing is inserted (the caller rolls back). The involved
 * participations are locked first, so two coordinators publishing at once cannot give a mentee two
 * proposals or a mentor more than their capacity. Both people of each pair get a mail with a link.
 */
export async function createProposals(
  tx: Tx,
  mail: QueueMail,
  deps: ServiceDeps,
  input: { programmeId: string; roundId?: string | null; createdBy: string; pairs: NewProposal[] },
): Promise<CreateOutcome> {
  if (input.pairs.length === 0) return ok([]);
  const now = deps.clock();
  const ids = [...new Set(input.pairs.flatMap((p) => [p.menteeId, p.mentorId]))].filter(isUuid);
  // Locked in id order: concurrent publishers wait for each other instead of deadlocking.
  const locked: Locked[] =
    ids.length === 0
      ? []
      : await tx
          .select({
            id: participations.id,
            userId: participations.userId,
            programmeId: participations.programmeId,
            role: participations.role,
            status: participations.status,
            capacity: participations.capacity,
          })
          .from(participations)
          .where(inArray(participations.id, ids))
          .orderBy(asc(participations.id))
          .for('update');
  const byId = new Map(locked.map((p) => [p.id, p]));
  const programme = await findProgrammeById(tx, input.programmeId);

  const menteeIds = locked.filter((p) => p.role === 'mentee').map((p) => p.id);
  const mentorIds = locked.filter((p) => p.role === 'mentor').map((p) => p.id);
  const busy = await unavailableAmong(tx, menteeIds);
  const load = await loadOfMentors(tx, mentorIds);
  const excluded = await excludedPairsAmong(tx, menteeIds, mentorIds);

  const fits = (p: Locked | undefined, role: Locked['role']): p is Locked =>
    p !== undefined && p.programmeId === programme?.id && p.status === 'accepted' && p.role === role;
  const inBatch = new Set<string>();
  for (const pair of input.pairs) {
    const fail = (reason: Refusal): CreateOutcome => ({
      ...refused(reason),
      menteeId: pair.menteeId,
      mentorId: pair.mentorId,
    });
    const mentee = byId.get(pair.menteeId);
    const mentor = byId.get(pair.mentorId);
    if (!fits(mentee, 'mentee') || !fits(mentor, 'mentor') || mentee.userId === mentor.userId) {
      return fail('notAllowed');
    }
    if (busy.has(mentee.id) || inBatch.has(mentee.id)) return fail('menteeUnavailable');
    const used = load.get(mentor.id) ?? 0;
    if ((mentor.capacity ?? 1) - used <= 0) return fail('mentorFull');
    if (excluded.has(`${mentee.id}:${mentor.id}`)) return fail('notAllowed');
    inBatch.add(mentee.id);
    load.set(mentor.id, used + 1);
  }

  const expiresAt = new Date(now.getTime() + programme!.proposalExpiryDays * DAY_MS);
  const created = await tx
    .insert(matchProposals)
    .values(
      input.pairs.map((p) => ({
        programmeId: programme!.id,
        roundId: input.roundId ?? null,
        menteeParticipationId: p.menteeId,
        mentorParticipationId: p.mentorId,
        score: p.score,
        manualReason: p.manualReason ?? '',
        createdBy: input.createdBy,
        createdAt: now,
        expiresAt,
      })),
    )
    .returning({
      id: matchProposals.id,
      menteeId: matchProposals.menteeParticipationId,
      mentorId: matchProposals.mentorParticipationId,
    });

  const persons = await personsOf(tx, ids);
  for (const proposal of created) {
    for (const [role, participationId] of [
      ['mentee', proposal.menteeId],
      ['mentor', proposal.mentorId],
    ] as const) {
      const person = persons.get(participationId)!;
      await mail(
        person.email,
        person.locale,
        proposalMails.created({
          name: person.name,
          programme: programme!.name,
          url: proposalUrl(deps, proposal.id),
          role,
          deadline: formatAt(expiresAt, person.locale, 'longDateTime'),
        }),
        { replyTo: programme!.contactEmail },
      );
    }
  }
  return ok(created.map((c) => c.id));
}
